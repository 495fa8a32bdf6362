import CZlib

/// zlib compression of the archive's columns.
///
/// The archive keeps every document's text and extraction; compressed, it takes a third of the space
/// (measured in docs/store.md, "Scale"). Each value is stored with its uncompressed size, which
/// `uncompress` needs to size its output.
enum Deflate {
    /// What went wrong, in zlib's words.
    struct Failure: Error, CustomStringConvertible {
        var status: Int32
        var description: String { "zlib status \(status)" }
    }

    /// `bytes` compressed at zlib's default level.
    static func compress(_ bytes: [UInt8]) throws -> [UInt8] {
        var size = compressBound(uLong(bytes.count))
        var output = [UInt8](repeating: 0, count: Int(size))
        let status = output.withUnsafeMutableBufferPointer { out in
            bytes.withUnsafeBufferPointer { input in
                compress2(out.baseAddress, &size, input.baseAddress, uLong(input.count), Z_DEFAULT_COMPRESSION)
            }
        }
        guard status == Z_OK else { throw Failure(status: status) }
        output.removeSubrange(Int(size)...)
        return output
    }

    /// The `size` bytes `compressed` holds; throws if it does not hold exactly that many.
    static func decompress(_ compressed: [UInt8], size: Int) throws -> [UInt8] {
        var length = uLongf(size)
        // zlib writes nothing for an empty value, but wants somewhere to write it.
        var output = [UInt8](repeating: 0, count: max(size, 1))
        let status = output.withUnsafeMutableBufferPointer { out in
            compressed.withUnsafeBufferPointer { input in
                uncompress(out.baseAddress, &length, input.baseAddress, uLong(input.count))
            }
        }
        guard status == Z_OK, Int(length) == size else { throw Failure(status: status == Z_OK ? Z_DATA_ERROR : status) }
        output.removeSubrange(size...)
        return output
    }
}
