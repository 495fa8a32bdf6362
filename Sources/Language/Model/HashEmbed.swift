/// One hash-embedding table: a lexical attribute's ID hashed four ways, the four rows summed.
///
/// Source: thinc 8.3 thinc/layers/hashembed.py (`forward`: `keys = ops.hash(ids, seed) % nV`, then
/// `ops.gather_add(E, keys)`, which adds the rows in key order into a zero vector).
struct HashEmbed: Sendable {
    /// The attribute whose ID is hashed.
    let attribute: LexicalAttribute
    /// The seed spaCy's MultiHashEmbed gave this table (8, 9, … in column order).
    let seed: UInt32
    /// Rows of the table (thinc's nV).
    let rows: Int
    /// Values per row (thinc's nO).
    let width: Int
    /// `rows × width` values.
    let table: [Float]

    /// The table `spec` describes, read from `weights` and checked to be `width` wide.
    init(weights: ModelWeights, spec: WeightsManifest.Embedding, width: Int) throws(LanguageError) {
        guard let attribute = LexicalAttribute(rawValue: spec.attr) else {
            throw .malformedResource(
                name: "en_core_web_sm/weights.json",
                problem: "embedding \(spec.tensor) reads unknown attribute \(spec.attr)")
        }
        self.attribute = attribute
        seed = spec.seed
        rows = spec.rows
        self.width = width
        table = try weights.tensor(spec.tensor, shape: [spec.rows, width]).values
    }

    /// The four row indices `id` selects, in the order thinc sums them.
    func rowIndices(_ id: UInt64) -> SIMD4<UInt32> {
        EmbeddingHash.keys(id, seed: seed) % UInt32(rows)
    }
}
