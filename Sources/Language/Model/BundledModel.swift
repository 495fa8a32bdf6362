import Foundation

/// Where the bundled en_core_web_sm resources live.
enum BundledModel {
    /// The folder name under the module's `Resources/`.
    static let name = "en_core_web_sm"

    /// The resource folder holding the converted model.
    static func folder() throws(LanguageError) -> URL {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil) else {
            throw .missingResource(name: name)
        }
        return url
    }
}
