import Foundation

/// A worksheet read by ``XMLByteScanner``: the events go to the same ``XLSXRowBuilder`` as `XMLParser`'s.
struct XLSXSheetScan: XMLByteHandler {
    /// The rows and facts read so far.
    var builder: XLSXRowBuilder

    mutating func start(_ element: XLSXElement, _ tag: XMLByteTag) -> Bool {
        switch element {
        case .c:
            let reference = tag["r"], type = tag["t"], style = tag["s"]
            var column: Int?, cellType = XLSXRowBuilder.CellType.number, cellStyle: Int?
            switch reference {
            case .plain(let bytes): column = XLSXParts.cellReference(utf8: bytes)?.column
            case .other: return false
            case .absent: break
            }
            switch type {
            case .plain(let bytes): cellType = XLSXRowBuilder.CellType(bytes)
            case .other: return false
            case .absent: break
            }
            switch style {
            case .plain(let bytes): cellStyle = XLSXRowBuilder.integer(bytes)
            case .other: return false
            case .absent: break
            }
            builder.beginCell(column: column, type: cellType, style: cellStyle)
        case .v: builder.beginValue()
        case .t: builder.beginText()
        case .is: builder.inlineString(true)
        case .f: builder.formula()
        case .row:
            switch tag["r"] {
            case .plain(let bytes): builder.beginRow(number: XLSXRowBuilder.integer(bytes))
            case .other: return false
            case .absent: builder.beginRow(number: nil)
            }
        case .mergeCell:
            switch tag["ref"] {
            case .plain(let bytes): builder.mergeCell(String(decoding: bytes, as: UTF8.self))
            case .other: return false
            case .absent: break
            }
        default: break
        }
        return true
    }

    mutating func end(_ element: XLSXElement) {
        switch element {
        case .v, .t: builder.endText()
        case .is: builder.inlineString(false)
        case .c: builder.endCell()
        case .row: builder.endRow()
        default: break
        }
    }

    mutating func characters(_ bytes: UnsafeBufferPointer<UInt8>) { builder.characters(bytes) }
}

/// `xl/sharedStrings.xml` read by ``XMLByteScanner``, into the same ``XLSXSharedStringsBuilder`` as `XMLParser`'s.
struct XLSXSharedStringsScan: XMLByteHandler {
    /// The strings read so far.
    var builder = XLSXSharedStringsBuilder()

    mutating func start(_ element: XLSXElement, _ tag: XMLByteTag) -> Bool {
        builder.begin(element)
        return true
    }

    mutating func end(_ element: XLSXElement) { builder.end(element) }

    mutating func characters(_ bytes: UnsafeBufferPointer<UInt8>) { builder.characters(bytes) }
}
