/// Whether two doubles agree to an absolute tolerance (NaN never agrees).
public func isClose(_ a: Double, _ b: Double, tolerance: Double = 1e-9) -> Bool {
    if a == b { return true }
    return abs(a - b) <= tolerance
}
