import Foundation

/// The processor count, behind one name so only this file needs Foundation's `ProcessInfo`.
enum ProcessInfoShim {
    static var activeProcessorCount: Int { ProcessInfo.processInfo.activeProcessorCount }
}
