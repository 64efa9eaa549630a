// The umbrella module: one import gives a user the whole library.
@_exported import StanceModel
@_exported import StanceOntology
@_exported import StanceExtraction
@_exported import StanceFormats
