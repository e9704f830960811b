// The vulnerability assessment report as an A4 PDF: the office's kop, a summary
// (system, agency, dates, counts by severity), the findings ordered by severity and
// the details of each (vectors, scores, status, recommendation). Every page carries
// the report's TLP 2.0 label at its top and at its foot, and the verification footer.
#pragma once

#include <string>
#include <vector>

#include "catalog/catalog.hpp"
#include "domain/assessment.hpp"

namespace lapis::documents {

struct AssessmentReportInput {
    const catalog::Catalog* catalog = nullptr;
    domain::ReportModel report;
    std::string document_code;
    std::string verify_url;
};

struct AssessmentReport {
    std::string pdf;
    std::vector<std::string> missing_glyphs;
    int pages = 0;
};

// std::invalid_argument when the catalog is missing.
AssessmentReport render_assessment_report(const AssessmentReportInput& input);

} // namespace lapis::documents
