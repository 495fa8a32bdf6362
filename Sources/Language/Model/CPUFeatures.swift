import Foundation

/// What the processor can run, read once from the Linux kernel's report.
enum CPUFeatures {
    /// Whether the CPU has AVX2 and FMA, which the `LanguageKernels` build of the dense products needs.
    ///
    /// These are x86-64-v3, on every x86 server since 2013–2015. False where `/proc/cpuinfo` cannot be read, so
    /// an unknown machine runs the baseline kernel instead of faulting on an illegal instruction.
    static let hasAVX2: Bool = {
        guard let info = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
            let flags = info.split(separator: "\n").first(where: { $0.hasPrefix("flags") })
        else { return false }
        let names = Set(flags.split(separator: " ").map(String.init))
        return names.contains("avx2") && names.contains("fma")
    }()
}
