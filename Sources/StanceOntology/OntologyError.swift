import StanceModel

/// A problem in an ontology or actor file, located so the user can fix it:
/// `FILE:LINE:COLUMN: message`.
public struct OntologyError: LocatedError, Equatable, Sendable {
    public var file: String
    public var line: Int?
    public var column: Int?
    public var message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }
}
