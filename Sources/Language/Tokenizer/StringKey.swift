/// The key spaCy's `StringStore` gives a string, which is what `doc.to_array` holds for a string attribute.
///
/// Source: spaCy 3.8 `spacy/strings.pyx` `get_string_id`: 0 for the empty string, the symbol id for one of the
/// reserved symbol names (such as "mark", "number", "X" or "_", which do occur as NORM, PREFIX, SUFFIX or
/// SHAPE), else `StringHash.hash`.
enum StringKey {
    /// The key of `string`.
    static func of(_ string: String) -> UInt64 {
        SpacySymbols.ids[string] ?? StringHash.hash(string)
    }
}
