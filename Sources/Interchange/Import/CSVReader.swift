/// One CSV record: its fields and the line it starts on.
struct CSVRecord {
    var fields: [String]
    var line: Int
}

/// An RFC 4180 reader: quoted fields with doubled quotes and line breaks, CRLF or LF record ends.
///
/// Source: RFC 4180, "Common Format and MIME Type for Comma-Separated Values (CSV) Files"
enum CSVReader {
    /// Every record of the file, blank lines skipped.
    ///
    /// - Throws: ``ImportSyntaxError`` for a quote left open or text after a closing quote.
    static func records(_ bytes: [UInt8]) throws(ImportSyntaxError) -> [CSVRecord] {
        var records: [CSVRecord] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var recordLine = 1
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var fieldStarted = false
        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
            fieldStarted = false
        }
        func endRecord() {
            endField()
            if !(fields.count == 1 && fields[0].isEmpty) { records.append(CSVRecord(fields: fields, line: recordLine)) }
            fields.removeAll(keepingCapacity: true)
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") && !fieldStarted && field.isEmpty {
                let openedOn = line
                index += 1
                while true {
                    guard index < bytes.count else {
                        throw ImportSyntaxError(line: openedOn, message: "a quoted field is not closed")
                    }
                    let inner = bytes[index]
                    if inner == UInt8(ascii: "\"") {
                        if index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\"") {
                            field.append(inner)
                            index += 2
                            continue
                        }
                        index += 1
                        break
                    }
                    if inner == 0x0A { line += 1 }
                    field.append(inner)
                    index += 1
                }
                fieldStarted = true
                if index < bytes.count, ![UInt8(ascii: ","), 0x0D, 0x0A].contains(bytes[index]) {
                    throw ImportSyntaxError(
                        line: line, message: "text after a closing quote; double quotes inside a quoted field")
                }
                continue
            }
            switch byte {
            case UInt8(ascii: ","):
                endField()
            case 0x0D:
                if index + 1 < bytes.count && bytes[index + 1] == 0x0A { index += 1 }
                endRecord()
                line += 1
                recordLine = line
            case 0x0A:
                endRecord()
                line += 1
                recordLine = line
            default:
                field.append(byte)
                fieldStarted = true
            }
            index += 1
        }
        if !field.isEmpty || !fields.isEmpty || fieldStarted { endRecord() }
        return records
    }
}
