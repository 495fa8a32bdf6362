/// "1 relation", "2 relations": a count and its noun, for the one-line summaries.
func counted(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
    "\(count) \(count == 1 ? singular : plural ?? singular + "s")"
}
