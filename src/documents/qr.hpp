// QR codes for the verification link printed on every page of a letter.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace lapis::documents {

// The modules of a QR code, row by row; true is dark. No quiet zone included.
struct QrMatrix {
    int size = 0;
    std::vector<bool> dark;

    bool at(int column, int row) const
    {
        return dark[static_cast<std::size_t>(row) * size + column];
    }
};

// Error correction level M (15 %): survives a fold or a stamp over the corner while
// keeping the modules large enough for a phone camera. Throws std::runtime_error
// when the text cannot be encoded (longer than a QR code holds).
QrMatrix encode_qr(const std::string& text);

} // namespace lapis::documents
