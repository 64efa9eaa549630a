/// Decoding one scalar of two to four bytes from valid UTF-8, for the hot
/// loops that take ASCII bytes as they are and decode only the rest (the
/// tokenizer's scalars, the story print's words).
public enum UTF8Lead {
    /// The scalar whose lead byte (0xC0 or above) is at `k`, and the index
    /// after it; nil when the bytes end inside it (which valid UTF-8 never
    /// does: callers end the text rather than trap).
    @inline(__always)
    public static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at k: Int) -> (scalar: Unicode.Scalar, next: Int)? {
        let count = bytes.count
        let b0 = UInt32(bytes[k])
        let value: UInt32
        let next: Int
        if b0 < 0xE0, k + 1 < count {
            value = (b0 & 0x1F) << 6 | UInt32(bytes[k + 1] & 0x3F)
            next = k + 2
        } else if b0 < 0xF0, k + 2 < count {
            value = (b0 & 0x0F) << 12 | UInt32(bytes[k + 1] & 0x3F) << 6 | UInt32(bytes[k + 2] & 0x3F)
            next = k + 3
        } else if k + 3 < count {
            value = (b0 & 0x07) << 18 | UInt32(bytes[k + 1] & 0x3F) << 12
                | UInt32(bytes[k + 2] & 0x3F) << 6 | UInt32(bytes[k + 3] & 0x3F)
            next = k + 4
        } else {
            return nil
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", next)   // always valid in valid UTF-8
    }
}
