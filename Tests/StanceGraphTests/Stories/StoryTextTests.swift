import StanceGraph
import Testing

/// Normalisation, shingles and the hash family: what must not move, on any
/// machine or run, for story keys written today to match those of tomorrow.
@Suite("Story text and hashes")
struct StoryTextTests {
    @Test func wordsIgnoreCasePunctuationQuotesAndSpacing() {
        #expect(Shingles.words("Turkey's bid — “to JOIN” NATO,\n\tnow!") == ["turkeys", "bid", "to", "join", "nato", "now"])
        #expect(Shingles.words("TURKEY’S") == ["turkeys"])
        #expect(Shingles.words("Élysée said 2,500 troops") == ["élysée", "said", "2", "500", "troops"])
        #expect(Shingles.words("") == [])
        #expect(Shingles.words(" \n—…!? ") == [])
        #expect(Shingles.wordHashes("Turkey's  BID") == Shingles.wordHashes("turkeys bid"))
        #expect(Shingles.wordHashes("a b") != Shingles.wordHashes("b a"))
    }

    @Test func shinglesAreFiveWordRunsInOrder() {
        var count = 0
        Shingles.forEachShingle("one two three four five six seven") { _ in count += 1 }
        #expect(count == 3)
        #expect(Shingles.shingleSet("Turkey warns Sweden over the protest").count == 2)
        // Order matters: the same words the other way round share nothing.
        #expect(Shingles.jaccard("Turkey warns Sweden over the protest", "Sweden warns Turkey over the protest") == 0)
        // Fewer words than a shingle: one shingle of them all; no word: none.
        #expect(Shingles.shingleSet("NATO").count == 1)
        #expect(Shingles.shingleSet("two words").count == 1)
        #expect(Shingles.shingleSet("").isEmpty)
        #expect(Shingles.jaccard("", "...") == 1)
        #expect(Shingles.jaccard("Reformatted, TEXT is the same text.", "reformatted text is the same text") == 1)
        // Width below 1 counts as 1.
        #expect(Shingles.shingleSet("a b a", width: 0).count == 2)
    }

    /// Published values (FNV-1a of "" and "a"; SplitMix64's first output at
    /// seed 0 is mix(golden gamma)) and values computed once: a change here
    /// changes every story key written before it.
    @Test func theHashFamilyIsFixed() {
        #expect(StableHash.fnv("") == 0xCBF2_9CE4_8422_2325)
        #expect(StableHash.fnv("a") == 0xAF63_DC4C_8601_EC8C)
        #expect(StableHash.mix(0x9E37_79B9_7F4A_7C15) == 0xE220_A839_7B1D_CDAF)
        let family = HashFamily(count: 128)
        #expect(family.count == 128 && Set(family.seeds).count == 128)
        #expect(Array(family.seeds.prefix(2)) == [0xECB0_5522_F58D_67FA, 0x88E2_EF2A_A9EF_D34E])
        #expect(StoryPrint.bins == 128 && StoryPrint.seed == 0x4F50_4853_544F_5231)
        #expect(Shingles.wordHashes("Turkey's") == [0x4CA5_2A5C_F40B_E722])
        let print = StoryPrint(text: "Turkey said on Tuesday that it supports Sweden's bid to join NATO.")
        #expect(print.keys.count == 32)
        // One-permutation prints (stories3); the 128-hash prints of
        // stories2 began 0xD7CE_E2F3_C617_3EC3, 0xF4DD_9B1E_329C_0D1E.
        #expect(Array(print.keys.prefix(2)) == [0xFDAD_EA5A_C5F6_B481, 0x3326_5FAD_0097_5B47])
        #expect(print.id == 0x11C9_40E5_98BF_54FE && print.storyKey == 0x0229_1786_5D1A_66FB)
        #expect(SourceSketch.hash("northwire.example") == 0xA514_4B79_326A_0494)
        #expect(HashFamily(count: -3).count == 0)
    }

    @Test func minHashEstimatesJaccard() {
        let records = StoryCorpus.records
        let family = HashFamily(count: 512)
        for (a, b) in [(0, 1), (0, 2), (0, 3), (5, 20)] {
            let x = MinHashSignature(text: records[a].text, family: family)
            let y = MinHashSignature(text: records[b].text, family: family)
            let truth = Shingles.jaccard(records[a].text, records[b].text)
            // 512 positions: a standard error of at most 0.022.
            #expect(abs(x.similarity(y) - truth) < 0.1, "\(records[a].id) ~ \(records[b].id)")
        }
        #expect(MinHashSignature(values: []).similarity(MinHashSignature(values: [])) == 0)
    }

    /// The streaming one-permutation signature against a plain reading of
    /// its definition (`MinHashSignature.init(densifying:bins:seed:)`):
    /// each bin the minimum of its shingles' low parts, each empty bin the
    /// value of the first filled bin its probes hit; for texts long and
    /// short, shingles in any order.
    @Test func oneDensifiedPermutationIsItsDefinition() {
        func reference(_ shingles: Set<UInt64>, bins: Int, seed: UInt64) -> [UInt64] {
            var minima = [UInt64?](repeating: nil, count: bins)
            for shingle in shingles {
                let (bin, low) = UInt64(bins).multipliedFullWidth(by: StableHash.mix(shingle ^ seed))
                minima[Int(bin)] = min(minima[Int(bin)] ?? .max, low)
            }
            guard minima.contains(where: { $0 != nil }) else { return Array(repeating: .max, count: bins) }
            let base = StableHash.combine(seed, 0x4445_4E53_4946_5931)
            return (0..<bins).map { bin in
                if let value = minima[bin] { return value }
                for attempt in 1...(4 * bins) {
                    let probe = StableHash.combine(base &+ UInt64(bin) &* 0x1_0000_0001, UInt64(attempt))
                    if let value = minima[Int(UInt64(bins).multipliedFullWidth(by: probe).high)] { return value }
                }
                return (1...bins).lazy.compactMap { minima[(bin + $0) % bins] }.first!
            }
        }
        let texts = StoryCorpus.records.prefix(6).map(\.text) + ["", "NATO", "Turkey warns Sweden over the protest",
                                                                String(repeating: "word ", count: 12)]
        for text in texts {
            for bins in [1, 7, 128, 200] {
                let signature = MinHashSignature(densifying: text, bins: bins, seed: StoryPrint.seed)
                let set = Shingles.shingleSet(text)
                #expect(signature.values == reference(set, bins: bins, seed: StoryPrint.seed), "\(bins) \(text.prefix(30))")
                #expect(MinHashSignature(densifying: set.shuffled(), bins: bins, seed: StoryPrint.seed) == signature)
            }
        }
        // One shingle fills one bin, which every other bin borrows.
        #expect(Set(MinHashSignature(densifying: "NATO", bins: 128, seed: StoryPrint.seed).values).count == 1)
        #expect(MinHashSignature(densifying: "", bins: 4, seed: 1).values == [.max, .max, .max, .max])
        #expect(MinHashSignature(densifying: "a b", bins: 0, seed: 1).values.isEmpty)
        #expect(MinHashSignature(densifying: "a b", bins: -5, seed: 1).values.isEmpty)
    }

    @Test func noInputTraps() {
        let huge = String(repeating: "Turkey warns Sweden again. ", count: 40_000)   // 1.1 MB
        let odd = ["", " ", "x", "’", "\u{0301}", "\u{0}\u{FFFF}", "🇹🇷🇸🇪", String(repeating: "a", count: 100_000),
                   "İSTANBUL ǅ ß ΣΑΣ", huge]
        for text in odd {
            let print = StoryPrint(text: text)
            #expect(print.keys.count == 32)
            #expect(StoryPrint(text: text) == print)
            _ = StorySketch([print]).count
        }
        // Every text without words is one story (they are one text); a text
        // is never a story with an unrelated one.
        #expect(StoryPrint(text: "") == StoryPrint(text: " —! "))
        #expect(!StoryPrint(text: "").collides(with: StoryPrint(text: "x")))
        #expect(StoryPrint(signature: MinHashSignature(values: [1, 2, 3]), rows: 0).keys.count == 3)
        #expect(StoryPrint(signature: MinHashSignature(values: [1, 2, 3]), rows: 2).keys.count == 2)
        #expect(StoryPrint(keys: []).storyKey == .max)
    }
}
