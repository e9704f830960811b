#include "documents/qr.hpp"

#include <memory>
#include <stdexcept>

#include <qrencode.h>

namespace lapis::documents {

QrMatrix encode_qr(const std::string& text)
{
    // Byte mode with case kept: a verification code in the URL may be case-sensitive.
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString8bit(text.c_str(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!code)
        throw std::runtime_error(
            "QR code: cannot encode a text of " + std::to_string(text.size()) + " bytes");

    QrMatrix matrix;
    matrix.size = code->width;
    const auto modules = static_cast<std::size_t>(code->width) * code->width;
    matrix.dark.resize(modules);
    // libqrencode packs flags into each byte; bit 0 is the module's colour.
    for (std::size_t index = 0; index < modules; ++index)
        matrix.dark[index] = (code->data[index] & 1) != 0;
    return matrix;
}

} // namespace lapis::documents
