// The catalog's letters and forms, prefilled from a request, as A4 PDFs ready to
// print, sign and upload: the Surat Rekomendasi (sertifikat elektronik, penerbitan),
// the Permohonan Fasilitasi Penerapan Sertifikat Elektronik letter, and the
// Formulir Permohonan Reset Password Akun Sanapati. Every page carries the document
// code, the request number and a QR code of the verification link (a draft, made
// before the request exists, says instead that it cannot be verified).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "catalog/catalog.hpp"

namespace lapis::documents {

struct LetterInput {
    std::string template_id; // a catalog document id, e.g. "surat-rekomendasi"
    const catalog::Catalog* catalog = nullptr; // office, city and agencies
    const catalog::Service* service = nullptr; // holds the document and its field mapping
    // The request's stored values by field name: codes for choices, agencies and
    // pangkat; the letter prints their display labels.
    std::map<std::string, std::string> fields;
    std::string request_number; // LPS-2026-000123
    std::string document_code; // random verification code
    std::string verify_url; // encoded in the QR code on every page
    std::string date_text; // "3 Desember 2026", office time
    // A draft from a form not yet submitted: no number, code or QR code, and a
    // footer that says it cannot be verified.
    bool draft = false;
};

struct Letter {
    std::string pdf;
    // Characters no installed font could draw, as "😡 (U+1F621)". They are printed
    // as boxes showing their hex code, never dropped; the caller logs them.
    std::vector<std::string> missing_glyphs;
};

// Throws std::invalid_argument for an unknown template id, a template the service
// does not hold, or a missing catalog or service.
Letter render_letter(const LetterInput& input);

// The template ids render_letter knows.
std::vector<std::string> letter_templates();

} // namespace lapis::documents
