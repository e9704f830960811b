// The content of each letter the catalog offers, as a sheet to render. Internal to
// the documents layer; letters.cpp picks one by the catalog document id.
#pragma once

#include "catalog/catalog.hpp"
#include "documents/letters.hpp"
#include "documents/sheet.hpp"

namespace lapis::documents {

// "Format Surat Rekomendasi" (Pengelolaan Sertifikat Elektronik, penerbitan).
Sheet recommendation_letter(const LetterInput& input, const catalog::Document& document);
// "Permohonan Fasilitasi Penerapan Sertifikat Elektronik" (Implementasi Sertifikat
// Elektronik pada Sistem Elektronik Perangkat Daerah).
Sheet facilitation_letter(const LetterInput& input, const catalog::Document& document);
// "Formulir Permohonan Reset Password Akun Sanapati" (Pengelolaan Email Sanapati).
Sheet reset_password_form(const LetterInput& input, const catalog::Document& document);

} // namespace lapis::documents
