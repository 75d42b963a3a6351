import ChainGraph
import Testing

@Suite("SplitMix64")
struct SplitMix64Tests {
    @Test func referenceSequence() {
        // First outputs of Vigna's splitmix64.c with state 0.
        var rng = SplitMix64(seed: 0)
        #expect(rng.next() == 0xE220_A839_7B1D_CDAF)
        #expect(rng.next() == 0x6E78_9E6A_A1B9_65F4)
    }

    @Test func boundedDrawsStayInRangeAndAreReproducible() {
        var a = SplitMix64(seed: 42), b = SplitMix64(seed: 42)
        for bound in [1, 2, 3, 7, 1000, Int(Int32.max)] {
            for _ in 0 ..< 100 {
                let x = a.next(below: bound)
                #expect(x >= 0 && x < bound)
                #expect(x == b.next(below: bound))
            }
        }
    }

    @Test func sampleIsDistinctSortedAndClamped() {
        var rng = SplitMix64(seed: 1)
        let sample = rng.sample(20, from: 50)
        #expect(sample.count == 20)
        #expect(sample == sample.sorted())
        #expect(Set(sample).count == 20)
        #expect(rng.sample(80, from: 50) == Array(0 ..< 50))
    }
}
