/// The lower layer's output for one document, computed a block of tokens at a time as the states first read them.
///
/// Source: spaCy 3.8 spacy/ml/parser_model.pyx (`precompute_hiddens`), which multiplies every token by the
/// lower layer's weights for every feature slot once per batch. Here the same products are made lazily, for
/// `blockRows` tokens at once, and at most `residentBlocks` blocks are kept: for the parser that whole-document
/// array is 4 KB per token (400 MB for a 100k-token document), while a greedy left-to-right run reads only tokens
/// near its stack and buffer. A block read again after it was evicted is recomputed, which gives the same bits:
/// the kernel computes each row alone, in the same order, whatever rows share its tile.
struct PrecomputedFeatures: Sendable {
    /// Tokens per block: whole six-row tiles of the product kernel.
    static let blockRows = 16 * PackedWeights.tileRows
    /// Blocks kept at once (1,536 tokens: 6.3 MB for the parser, 2.4 MB for the NER); a state reads at most
    /// `featureCount` of them.
    static let residentBlocks = 16

    /// The lower layer: projected tokens (64 wide) to `featureCount · nO · nP` values, no bias.
    private let lower: Linear
    /// The document's projected tokens.
    private let projected: Matrix
    /// Context tokens per state.
    let featureCount: Int
    /// Floats per token: `featureCount · nO · nP`.
    private let rowWidth: Int
    /// `residentBlocks` slots of `blockRows × rowWidth` values.
    private var slots: [Float]
    /// The block each slot holds, −1 for none.
    private var slotBlock: [Int]
    /// When each slot was last read, in `reads`; a slot read by the current state is never evicted.
    private var slotLastRead: [Int]
    /// The slot holding each block, −1 when it is not resident.
    private var blockSlot: [Int]
    /// States served so far.
    private var reads = 0

    /// The features of the document whose projected tokens are `projected`, through the lower layer `lower`.
    init(lower: Linear, projected: Matrix, featureCount: Int) {
        precondition(projected.columns == lower.inputWidth && lower.outputWidth % featureCount == 0)
        self.lower = lower
        self.projected = projected
        self.featureCount = featureCount
        rowWidth = lower.outputWidth
        let blocks = (projected.rows + Self.blockRows - 1) / Self.blockRows
        let resident = min(Self.residentBlocks, blocks)
        slots = [Float](repeating: 0, count: resident * Self.blockRows * rowWidth)
        slotBlock = [Int](repeating: -1, count: resident)
        slotLastRead = [Int](repeating: -1, count: resident)
        blockSlot = [Int](repeating: -1, count: blocks)
    }

    /// For each context token (−1 = an empty slot), where its row for that feature slot starts in `values`
    /// (−1 for an empty slot), computing the blocks that are not resident.
    mutating func offsets(of tokens: UnsafeBufferPointer<Int>, into offsets: UnsafeMutableBufferPointer<Int>) {
        reads += 1
        let slotWidth = rowWidth / featureCount
        for (feature, token) in tokens.enumerated() {
            guard token >= 0 else {
                offsets[feature] = -1
                continue
            }
            let (block, row) = token.quotientAndRemainder(dividingBy: Self.blockRows)
            var slot = blockSlot[block]
            if slot < 0 { slot = load(block) }
            slotLastRead[slot] = reads
            offsets[feature] = (slot * Self.blockRows + row) * rowWidth + feature * slotWidth
        }
    }

    /// Runs `body` over the resident values that `offsets(of:into:)` points into.
    func withValues<Result>(_ body: (UnsafePointer<Float>) -> Result) -> Result {
        slots.withUnsafeBufferPointer { body($0.baseAddress.unsafelyUnwrapped) }
    }

    /// Computes `block` into the least recently read slot not read by the current state; returns the slot.
    private mutating func load(_ block: Int) -> Int {
        var slot = 0
        for candidate in slotLastRead.indices where slotLastRead[candidate] < slotLastRead[slot] {
            slot = candidate
        }
        precondition(slotLastRead[slot] < reads, "PrecomputedFeatures: more blocks per state than resident slots")
        if slotBlock[slot] >= 0 { blockSlot[slotBlock[slot]] = -1 }
        slotBlock[slot] = block
        blockSlot[block] = slot
        let first = block * Self.blockRows
        let rows = min(Self.blockRows, projected.rows - first)
        let width = rowWidth
        let inputWidth = projected.columns
        projected.values.withUnsafeBufferPointer { source in
            slots.withUnsafeMutableBufferPointer { destination in
                lower.weights.multiply(
                    source.baseAddress.unsafelyUnwrapped + first * inputWidth, rowStride: inputWidth, rows: rows,
                    into: destination.baseAddress.unsafelyUnwrapped + slot * Self.blockRows * width,
                    outputStride: width)
            }
        }
        return slot
    }
}
