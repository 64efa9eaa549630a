import Foundation

/// A fixed set of strings that is only asked `contains`, answering as
/// `Set<String>` does (String equality: canonical equivalence), for the
/// word lists the rules consult at token after token.
///
/// `Set<String>` hashes every ask with its seeded SipHash, about 200
/// instructions for a short word, and the rules ask tens of thousands of
/// times an article set. Nearly every ask is ASCII (a token's lower-case
/// word, an actor id): those are found by the word table's cheap hash of
/// the bytes in an open-addressing table. An ASCII string is canonically
/// equivalent only to strings whose NFC form it is, so the table holds
/// each ASCII member and the NFC form of each other member when that is
/// ASCII: it answers exactly as the set. Other asks go to the set.
struct StringSet: Sendable {
    private let members: Set<String>
    private struct Entry: Sendable {
        var word: String
        var hash: UInt64
    }
    private let entries: [Entry]
    /// The high half of the hash and entry index + 1 at `hash & mask` or
    /// the first free slot after it; 0 for a free slot.
    private let slots: [UInt64]

    init(_ members: Set<String>) {
        self.members = members
        var keys: Set<String> = []
        for member in members {
            let key = WordTable.hash(member).ascii ? member : member.precomposedStringWithCanonicalMapping
            if WordTable.hash(key).ascii { keys.insert(key) }
        }
        var size = 16
        while size < 2 * keys.count { size *= 2 }
        var slots = [UInt64](repeating: 0, count: size)
        var entries: [Entry] = []
        for key in keys.sorted() {
            let h = WordTable.hash(key).hash
            entries.append(Entry(word: key, hash: h))
            var slot = Int(truncatingIfNeeded: h) & (size - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = (h >> 32) << 32 | UInt64(entries.count)
        }
        self.entries = entries
        self.slots = slots
    }

    init(_ members: some Sequence<String>) { self.init(Set(members)) }

    func contains(_ word: String) -> Bool {
        let (h, ascii) = WordTable.hash(word)
        guard ascii else { return members.contains(word) }
        let mask = slots.count - 1
        let tag = h >> 32
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let value = slots[slot]
            if value == 0 { return false }
            if value >> 32 == tag {
                let index = Int(truncatingIfNeeded: value & 0xFFFF_FFFF) - 1
                if entries[index].hash == h && entries[index].word == word { return true }
            }
            slot = (slot + 1) & mask
        }
    }

    /// The members, for building other tables from the list.
    var strings: Set<String> { members }
}
