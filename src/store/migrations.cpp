// Versioned schema migrations, applied in order at start-up inside one transaction
// each. A migration lists its statements once; `{{id}}` stands for the engine's
// auto-increment key and `only_sqlite` / `only_postgresql` hold the statements
// whose syntax differs. Never edit a migration that has shipped: add the next one.
#include "store/migrations.hpp"

namespace lapis::store {
namespace {

const std::vector<Migration> kMigrations = {
    { 1, "requests, their history, attachments, users and sessions",
        {
            R"(CREATE TABLE procedure_versions (
                id {{id}},
                service TEXT NOT NULL,
                procedure_id TEXT NOT NULL,
                digest TEXT NOT NULL UNIQUE,
                body TEXT NOT NULL))",
            R"(CREATE TABLE request_sequences (
                year INTEGER PRIMARY KEY,
                last_value INTEGER NOT NULL))",
            R"(CREATE TABLE requests (
                id {{id}},
                number TEXT NOT NULL UNIQUE,
                service TEXT NOT NULL,
                kind TEXT NOT NULL,
                procedure_version INTEGER NOT NULL REFERENCES procedure_versions(id),
                status TEXT NOT NULL,
                step_index INTEGER NOT NULL,
                step_role TEXT NOT NULL,
                revision INTEGER NOT NULL,
                owner_agency TEXT NOT NULL,
                tracking_hash TEXT NOT NULL,
                requester_name TEXT NOT NULL,
                requester_email TEXT NOT NULL,
                requester_agency TEXT NOT NULL,
                title TEXT NOT NULL,
                fields TEXT NOT NULL,
                warnings TEXT NOT NULL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL))",
            "CREATE INDEX requests_queue ON requests (status, step_role)",
            R"(CREATE TABLE request_history (
                id {{id}},
                request_id INTEGER NOT NULL REFERENCES requests(id),
                at TEXT NOT NULL,
                action TEXT NOT NULL,
                actor_kind TEXT NOT NULL,
                actor_user INTEGER,
                on_behalf_of TEXT NOT NULL,
                from_status TEXT NOT NULL,
                to_status TEXT NOT NULL,
                from_step INTEGER NOT NULL,
                to_step INTEGER NOT NULL,
                note TEXT NOT NULL,
                detail TEXT NOT NULL))",
            "CREATE INDEX request_history_request ON request_history (request_id, id)",
            R"(CREATE TABLE request_assignees (
                request_id INTEGER NOT NULL REFERENCES requests(id),
                role TEXT NOT NULL,
                user_id INTEGER NOT NULL,
                PRIMARY KEY (request_id, role, user_id)))",
            "CREATE INDEX request_assignees_user ON request_assignees (user_id)",
            R"(CREATE TABLE attachments (
                id {{id}},
                request_id INTEGER NOT NULL REFERENCES requests(id),
                history_id INTEGER,
                field TEXT NOT NULL,
                original_name TEXT NOT NULL,
                content_type TEXT NOT NULL,
                size INTEGER NOT NULL,
                sha256 TEXT NOT NULL,
                created_at TEXT NOT NULL))",
            "CREATE INDEX attachments_request ON attachments (request_id)",
            R"(CREATE TABLE idempotency_keys (
                key_hash TEXT PRIMARY KEY,
                request_id INTEGER NOT NULL REFERENCES requests(id),
                body_hash TEXT NOT NULL,
                created_at TEXT NOT NULL))",
            R"(CREATE TABLE users (
                id {{id}},
                email TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL,
                password_hash TEXT NOT NULL,
                disabled INTEGER NOT NULL,
                created_at TEXT NOT NULL))",
            R"(CREATE TABLE user_roles (
                user_id INTEGER NOT NULL REFERENCES users(id),
                role TEXT NOT NULL,
                PRIMARY KEY (user_id, role)))",
            R"(CREATE TABLE sessions (
                token_hash TEXT PRIMARY KEY,
                user_id INTEGER NOT NULL REFERENCES users(id),
                csrf_token TEXT NOT NULL,
                created_at TEXT NOT NULL,
                last_seen TEXT NOT NULL))",
            R"(CREATE TABLE setup_tokens (
                token_hash TEXT PRIMARY KEY,
                created_at TEXT NOT NULL,
                used_at TEXT))",
        },
        {
            // The history is evidence: rows are added, never changed or removed.
            R"(CREATE TRIGGER request_history_no_update BEFORE UPDATE ON request_history
               BEGIN SELECT RAISE(ABORT, 'request_history is append-only'); END)",
            R"(CREATE TRIGGER request_history_no_delete BEFORE DELETE ON request_history
               BEGIN SELECT RAISE(ABORT, 'request_history is append-only'); END)",
        },
        {
            R"(CREATE FUNCTION lapis_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
               BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$)",
            R"(CREATE TRIGGER request_history_append_only BEFORE UPDATE OR DELETE
               ON request_history FOR EACH ROW EXECUTE FUNCTION lapis_append_only())",
        } },
    { 2, "generated letters and forms, verifiable by code",
        {
            R"(CREATE TABLE documents (
                id {{id}},
                code TEXT NOT NULL UNIQUE,
                request_id INTEGER NOT NULL REFERENCES requests(id),
                template TEXT NOT NULL,
                sha256 TEXT NOT NULL,
                size INTEGER NOT NULL,
                created_at TEXT NOT NULL))",
            "CREATE INDEX documents_request ON documents (request_id)",
        },
        {}, {} },
    { 3, "outbox of notifications, written with the change that causes them",
        {
            R"(CREATE TABLE outbox (
                id {{id}},
                created_at TEXT NOT NULL,
                request_id INTEGER,
                recipient TEXT NOT NULL,
                subject TEXT NOT NULL,
                body TEXT NOT NULL,
                attempts INTEGER NOT NULL,
                next_attempt_at TEXT NOT NULL,
                sent_at TEXT,
                last_error TEXT NOT NULL))",
            "CREATE INDEX outbox_due ON outbox (sent_at, next_attempt_at)",
        },
        {}, {} },
    { 4, "append-only audit log, each row chained to the one before by its hash",
        {
            R"(CREATE TABLE audit_log (
                id {{id}},
                at TEXT NOT NULL,
                actor_kind TEXT NOT NULL,
                actor_user INTEGER,
                remote TEXT NOT NULL,
                action TEXT NOT NULL,
                object TEXT NOT NULL,
                detail TEXT NOT NULL,
                previous_hash TEXT NOT NULL,
                hash TEXT NOT NULL))",
            "CREATE INDEX audit_log_object ON audit_log (object)",
            // One row holding the newest hash: appending locks it, so two writers
            // never chain to the same predecessor.
            "CREATE TABLE audit_head (id INTEGER PRIMARY KEY, hash TEXT NOT NULL)",
            "INSERT INTO audit_head (id, hash) VALUES (1, '')",
        },
        {
            R"(CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
               BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END)",
            R"(CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
               BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END)",
        },
        {
            R"(CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE
               ON audit_log FOR EACH ROW EXECUTE FUNCTION lapis_append_only())",
        } },
    { 5, "second factor, recovery codes, API tokens and login throttling",
        {
            "ALTER TABLE users ADD COLUMN totp_secret TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE users ADD COLUMN totp_enabled INTEGER NOT NULL DEFAULT 0",
            "ALTER TABLE users ADD COLUMN totp_last_step INTEGER NOT NULL DEFAULT 0",
            R"(CREATE TABLE recovery_codes (
                user_id INTEGER NOT NULL REFERENCES users(id),
                code_hash TEXT NOT NULL,
                used_at TEXT,
                PRIMARY KEY (user_id, code_hash)))",
            R"(CREATE TABLE api_tokens (
                id {{id}},
                user_id INTEGER NOT NULL REFERENCES users(id),
                token_hash TEXT NOT NULL UNIQUE,
                created_at TEXT NOT NULL,
                last_used_at TEXT,
                revoked_at TEXT))",
            R"(CREATE TABLE login_failures (
                subject TEXT PRIMARY KEY,
                failures INTEGER NOT NULL,
                last_failure_at TEXT NOT NULL))",
        },
        {}, {} },
    { 6, "attachments removed under the retention rule keep their row",
        {
            "ALTER TABLE attachments ADD COLUMN deleted_at TEXT",
        },
        {}, {} },
    { 7, "sessions remember how far sign-in got (password, second factor)",
        {
            "ALTER TABLE sessions ADD COLUMN stage TEXT NOT NULL DEFAULT 'complete'",
        },
        {}, {} },
    { 8, "accounts of Perangkat Daerah, verified by a code sent to their official address",
        {
            "ALTER TABLE users ADD COLUMN agency TEXT NOT NULL DEFAULT ''",
            R"(CREATE TABLE email_verifications (
                token_hash TEXT PRIMARY KEY,
                user_id INTEGER NOT NULL REFERENCES users(id),
                expires_at TEXT NOT NULL,
                used_at TEXT))",
        },
        {}, {} },
    { 9, "a second tracking code, mailed on request, beside the first",
        {
            "ALTER TABLE requests ADD COLUMN extra_tracking_hash TEXT NOT NULL DEFAULT ''",
        },
        {}, {} },
    { 10, "the registry of electronic systems and their categorisations",
        {
            R"(CREATE TABLE electronic_systems (
                id {{id}},
                agency TEXT NOT NULL,
                name TEXT NOT NULL,
                url TEXT NOT NULL,
                owner_unit TEXT NOT NULL,
                description TEXT NOT NULL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL))",
            "CREATE INDEX electronic_systems_agency ON electronic_systems (agency, name)",
            R"(CREATE TABLE system_categorisations (
                id {{id}},
                system_id INTEGER NOT NULL REFERENCES electronic_systems(id),
                request_id INTEGER REFERENCES requests(id),
                instrument_version TEXT NOT NULL,
                answers TEXT NOT NULL,
                score INTEGER,
                category TEXT NOT NULL,
                recorded_by INTEGER NOT NULL,
                recorded_at TEXT NOT NULL))",
            "CREATE INDEX system_categorisations_system ON system_categorisations (system_id, id)",
            "CREATE INDEX system_categorisations_request ON system_categorisations (request_id)",
            // The system a categorisation request is about: one per request, set
            // by the desk (web/desk_categorisation.cpp) and changed only there.
            R"(CREATE TABLE request_systems (
                request_id INTEGER PRIMARY KEY REFERENCES requests(id),
                system_id INTEGER NOT NULL REFERENCES electronic_systems(id),
                linked_by INTEGER NOT NULL,
                linked_at TEXT NOT NULL))",
        },
        {}, {} },
    { 11, "the CSIRT desk: classification, TLP, priority, system, analysis and evidence labels",
        {
            R"(CREATE TABLE incident_cases (
                request_id INTEGER PRIMARY KEY REFERENCES requests(id),
                rsit_class TEXT NOT NULL,
                rsit_type TEXT NOT NULL,
                tlp TEXT NOT NULL,
                priority TEXT NOT NULL,
                default_priority TEXT NOT NULL,
                priority_reason TEXT NOT NULL,
                system_id INTEGER REFERENCES electronic_systems(id),
                updated_at TEXT NOT NULL))",
            R"(CREATE TABLE incident_entries (
                id {{id}},
                request_id INTEGER NOT NULL REFERENCES requests(id),
                kind TEXT NOT NULL,
                tlp TEXT NOT NULL,
                body TEXT NOT NULL,
                actor_kind TEXT NOT NULL,
                actor_user INTEGER,
                recorded_at TEXT NOT NULL))",
            "CREATE INDEX incident_entries_request ON incident_entries (request_id, kind, id)",
            R"(CREATE TABLE incident_evidence (
                attachment_id INTEGER PRIMARY KEY REFERENCES attachments(id),
                request_id INTEGER NOT NULL REFERENCES requests(id),
                tlp TEXT NOT NULL,
                labelled_at TEXT NOT NULL))",
        },
        {}, {} },
    { 12, "the vulnerability assessment desk: each request's assessment and its findings",
        {
            R"(CREATE TABLE assessments (
                request_id INTEGER PRIMARY KEY REFERENCES requests(id),
                system_id INTEGER REFERENCES electronic_systems(id),
                report_tlp TEXT NOT NULL,
                updated_at TEXT NOT NULL))",
            R"(CREATE TABLE assessment_findings (
                id {{id}},
                request_id INTEGER NOT NULL REFERENCES requests(id),
                title TEXT NOT NULL,
                asset TEXT NOT NULL,
                description TEXT NOT NULL,
                evidence_text TEXT NOT NULL,
                evidence_sha256 TEXT NOT NULL,
                evidence_name TEXT NOT NULL,
                evidence_type TEXT NOT NULL,
                evidence_size INTEGER NOT NULL,
                cvss31_vector TEXT NOT NULL,
                base_tenths INTEGER NOT NULL,
                temporal_tenths INTEGER,
                severity TEXT NOT NULL,
                cvss40_vector TEXT NOT NULL,
                cvss40_tenths INTEGER,
                recommendation TEXT NOT NULL,
                tlp TEXT NOT NULL,
                status TEXT NOT NULL,
                created_by INTEGER NOT NULL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL))",
            "CREATE INDEX assessment_findings_request ON assessment_findings (request_id, id)",
        },
        {}, {} },
    { 13, "Sanapati e-mail: the form's sign-offs, the coordination and the proof delivered",
        {
            R"(CREATE TABLE sanapati_signoffs (
                id {{id}},
                request_id INTEGER NOT NULL REFERENCES requests(id),
                signoff TEXT NOT NULL,
                approved INTEGER NOT NULL,
                signer_name TEXT NOT NULL,
                signer_position TEXT NOT NULL,
                signer_nip TEXT NOT NULL,
                reason TEXT NOT NULL,
                recorded_by INTEGER NOT NULL,
                recorded_at TEXT NOT NULL))",
            "CREATE INDEX sanapati_signoffs_request ON sanapati_signoffs (request_id, id)",
            R"(CREATE TABLE sanapati_coordinations (
                id {{id}},
                request_id INTEGER NOT NULL REFERENCES requests(id),
                counterpart TEXT NOT NULL,
                sent_on TEXT NOT NULL,
                reference TEXT NOT NULL,
                answer TEXT NOT NULL,
                recorded_by INTEGER NOT NULL,
                recorded_at TEXT NOT NULL))",
            "CREATE INDEX sanapati_coordinations_request ON sanapati_coordinations (request_id, "
            "id)",
            R"(CREATE TABLE sanapati_proofs (
                id {{id}},
                request_id INTEGER NOT NULL REFERENCES requests(id),
                registration_id TEXT NOT NULL,
                received_on TEXT NOT NULL,
                processed_on TEXT NOT NULL,
                activated_on TEXT NOT NULL,
                recorded_by INTEGER NOT NULL,
                recorded_at TEXT NOT NULL))",
            "CREATE INDEX sanapati_proofs_request ON sanapati_proofs (request_id, id)",
        },
        {}, {} },
    { 14, "telephone desk: ticket location and extension, tests, the extension directory, calls",
        {
            R"(CREATE TABLE telecom_tickets (
                id {{id}},
                request_id INTEGER NOT NULL REFERENCES requests(id),
                location TEXT NOT NULL,
                extension TEXT NOT NULL,
                recorded_by INTEGER NOT NULL,
                recorded_at TEXT NOT NULL))",
            "CREATE INDEX telecom_tickets_request ON telecom_tickets (request_id, id)",
            R"(CREATE TABLE telecom_tests (
                id {{id}},
                request_id INTEGER NOT NULL REFERENCES requests(id),
                passed INTEGER NOT NULL,
                note TEXT NOT NULL,
                tested_on TEXT NOT NULL,
                recorded_by INTEGER NOT NULL,
                recorded_at TEXT NOT NULL))",
            "CREATE INDEX telecom_tests_request ON telecom_tests (request_id, id)",
            R"(CREATE TABLE telecom_extensions (
                id {{id}},
                extension TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL,
                unit TEXT NOT NULL,
                location TEXT NOT NULL))",
            R"(CREATE TABLE telecom_calls (
                id {{id}},
                called_at TEXT NOT NULL,
                caller TEXT NOT NULL,
                requested TEXT NOT NULL,
                connected INTEGER NOT NULL,
                note TEXT NOT NULL,
                recorded_by INTEGER NOT NULL,
                recorded_at TEXT NOT NULL))",
            "CREATE INDEX telecom_calls_at ON telecom_calls (called_at)",
        },
        {}, {} },
    { 15, "literacy: the schedule of speaker and training requests, and published articles",
        {
            R"(CREATE TABLE literacy_sessions (
                request_id INTEGER PRIMARY KEY REFERENCES requests(id),
                starts_at TEXT NOT NULL,
                ends_at TEXT NOT NULL,
                place TEXT NOT NULL,
                note TEXT NOT NULL,
                recorded_by INTEGER NOT NULL,
                recorded_at TEXT NOT NULL))",
            "CREATE INDEX literacy_sessions_time ON literacy_sessions (starts_at, ends_at)",
            R"(CREATE TABLE literacy_speakers (
                request_id INTEGER NOT NULL REFERENCES requests(id),
                user_id INTEGER NOT NULL REFERENCES users(id),
                PRIMARY KEY (request_id, user_id)))",
            "CREATE INDEX literacy_speakers_user ON literacy_speakers (user_id)",
            R"(CREATE TABLE literacy_articles (
                id {{id}},
                slug TEXT NOT NULL UNIQUE,
                title TEXT NOT NULL,
                summary TEXT NOT NULL,
                body_markdown TEXT NOT NULL,
                body_html TEXT NOT NULL,
                published INTEGER NOT NULL,
                published_at TEXT,
                created_by INTEGER NOT NULL,
                created_at TEXT NOT NULL,
                updated_by INTEGER NOT NULL,
                updated_at TEXT NOT NULL))",
            "CREATE INDEX literacy_articles_published ON literacy_articles (published, "
            "published_at)",
        },
        {}, {} },
    { 16, "certificates' expiry dates and their reminders; e-signature milestones",
        {
            R"(CREATE TABLE certificates (
                id {{id}},
                request_id INTEGER NOT NULL UNIQUE REFERENCES requests(id),
                holder_name TEXT NOT NULL,
                holder_email TEXT NOT NULL,
                expires_on TEXT NOT NULL,
                recorded_by INTEGER NOT NULL,
                recorded_at TEXT NOT NULL,
                superseded_at TEXT))",
            "CREATE INDEX certificates_holder ON certificates (holder_email)",
            // The RFC 5280 reason the registration officer puts to BSrE for a
            // revocation request (the holder's reason stays in the request's form).
            R"(CREATE TABLE certificate_revocations (
                request_id INTEGER PRIMARY KEY REFERENCES requests(id),
                reason TEXT NOT NULL,
                recorded_by INTEGER NOT NULL,
                recorded_at TEXT NOT NULL))",
            "CREATE INDEX certificates_expiry ON certificates (superseded_at, expires_on)",
            // One row per certificate, expiry date and threshold: the primary key is
            // what makes a reminder go out once, also across restarts and processes.
            R"(CREATE TABLE certificate_reminders (
                certificate_id INTEGER NOT NULL REFERENCES certificates(id),
                expires_on TEXT NOT NULL,
                days_before INTEGER NOT NULL,
                outcome TEXT NOT NULL,
                at TEXT NOT NULL,
                PRIMARY KEY (certificate_id, expires_on, days_before)))",
            R"(CREATE TABLE esignature_milestones (
                id {{id}},
                request_id INTEGER NOT NULL REFERENCES requests(id),
                milestone TEXT NOT NULL,
                happened_on TEXT NOT NULL,
                note TEXT NOT NULL,
                recorded_by INTEGER NOT NULL,
                recorded_at TEXT NOT NULL))",
            "CREATE INDEX esignature_milestones_request ON esignature_milestones (request_id, id)",
        },
        {}, {} },
    { 17, "an index for a report's evidence labels, read with every attachment list",
        { "CREATE INDEX incident_evidence_request ON incident_evidence (request_id)" }, {}, {} },
};

} // namespace

const std::vector<Migration>& migrations()
{
    return kMigrations;
}

} // namespace lapis::store
