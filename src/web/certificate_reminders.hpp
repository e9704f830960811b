// The mail that reminds a certificate's holder of its expiry (templates/
// mail_certificate_reminder.txt), composed for store::CertificateStore's
// reminder pass; used by the reminder job (app/certificate_reminder_job.cpp)
// and when staff record an expiry that is already near.
#pragma once

#include <string>
#include <vector>

#include "catalog/catalog.hpp"
#include "store/certificates.hpp"
#include "web/render.hpp"

namespace lapis::web {

store::Notification certificate_reminder_notice(const catalog::Catalog& catalog,
    const Renderer& renderer, const std::string& public_url, const store::DueReminder& due);

// The "service/kind" pairs of the certificate desk whose form asks for a
// revocation reason: a finished one ends the holder's reminders.
std::vector<std::string> revocation_kinds(const catalog::Catalog& catalog);

// The days before expiry on which holders are reminded: 30 and 7 unless `lapis
// serve --certificate-reminders` says otherwise. Set once at start-up, before
// the server answers; read by the pages and the job.
void set_certificate_reminder_schedule(const domain::ReminderSchedule& schedule);
const domain::ReminderSchedule& certificate_reminder_schedule();

// One pass of the reminder job with this catalog's mail.
store::ReminderReport run_certificate_reminders(const catalog::Catalog& catalog,
    const Renderer& renderer, const std::string& public_url, store::Database& database,
    const domain::ReminderSchedule& schedule, domain::TimePoint now);

} // namespace lapis::web
