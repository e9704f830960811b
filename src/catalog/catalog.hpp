// The service catalog as plain types: what the office offers, who may ask for it,
// what each request form holds and the procedure that carries a request to its end.
// Loaded once at start-up (see loader.hpp) and shared read-only by every thread.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lapis::catalog {

enum class FieldType {
    Text,
    Textarea,
    Email,
    Phone,
    Nip,
    Nik,
    Pangkat,
    Agency,
    Date,
    Datetime,
    Url,
    Number,
    Choice,
    File,
    Consent,
};

// The catalog spelling of a field type ("text", "nip", ...); nullopt when unknown.
std::optional<FieldType> field_type_from_string(const std::string& name);
const char* to_string(FieldType type);

struct Option {
    std::string code; // what forms send and the API returns
    std::string label; // what a person reads
};

// A field required only when another field holds one of the listed option codes,
// e.g. the NIP is required when `status_kepegawaian` is `pns` or `pppk`.
struct RequiredWhen {
    std::string field;
    std::vector<std::string> any_of;
};

struct Field {
    std::string name;
    std::string label;
    FieldType type = FieldType::Text;
    bool required = false;
    std::optional<RequiredWhen> required_when;
    std::vector<Option> options; // choice only
    std::string help; // a hint under the input
    std::string section; // the heading the form groups the field under
    std::size_t max_length = 0; // 0: the type's default
    // email: the address must be in the office's official domain(s).
    bool official_email = false;
    // nip and pangkat: the choice field whose code (`pns`, `pppk`, other) decides
    // which NIP shape and which rank list apply.
    std::string employment_field;
    // file: the extensions accepted, lower case without the dot.
    std::vector<std::string> accept;
    // file: the upload is an identity document (e-KTP scan); the form must then
    // carry the privacy notice and a consent field.
    bool identity_document = false;
};

// Who acts at a step. A staff role acts itself; the requester, the owner of the
// electronic system and outside parties (BSrE, BSSN) act outside lapis, so a staff
// role named by `recorded_by` records their act unless they record it themselves.
enum class ActorKind { Role, Requester, SystemOwner, External };

// The catalog's spelling: "role", "pemohon", "pemilik-sistem", "pihak-luar".
const char* to_string(ActorKind kind);
ActorKind actor_kind_from_string(const std::string& name); // unknown → Role

struct Actor {
    ActorKind kind = ActorKind::Role;
    std::string role; // kind == Role: the role id
    std::string external; // kind == External: who, e.g. "BSrE"
    std::string recorded_by; // kind != Role: the staff role that records completion
};

struct Step {
    std::string id; // stable across catalog edits; requests refer to it
    std::string number; // as the catalog prints it: "1", "2", ...
    std::string text; // the catalog's sentence
    Actor actor;
    std::vector<std::string> joint_with; // roles or parties named as partners, for display
    std::string assigns; // assignment step: the role whose staff are named
    std::vector<std::string> back_to; // step ids this step may send the request back to
    bool sets_owner = false; // completing it names the agency owning the system

    // The staff role that acts for this step: the role itself, or who records it.
    const std::string& staff_role() const
    {
        return actor.kind == ActorKind::Role ? actor.role : actor.recorded_by;
    }
};

struct Procedure {
    std::string id;
    std::string title;
    bool requestable = true; // false: shown in the catalog only (the operator's call-connect)
    std::vector<Step> steps;

    const Step* find_step(const std::string& step_id) const;
    std::optional<std::size_t> index_of(const std::string& step_id) const;
};

struct DocumentField {
    std::string label; // as the template prints it
    std::string field; // the request field that fills it, if any
};

struct Document {
    std::string id;
    std::string title;
    std::string body; // the blank template, as the catalog shows it
    std::vector<DocumentField> fields;
};

struct Kind {
    std::string id;
    std::string name;
    std::string description;
    std::string procedure; // id of the procedure this kind follows
    std::vector<Field> fields; // the service's shared fields first, then the kind's own
};

// The specialist desks lapis has. A catalog binds a service to one with
// `desk = "..."`, so another city's catalog keeps the tools under its own ids.
enum class Desk {
    None,
    Certificate, // e-certificates: revocation reasons, expiry and reminders
    Esignature, // e-signature integration milestones
    Assessment, // vulnerability assessment findings
    Incident, // CSIRT: classification, TLP, priority, impact, mitigation
    Telecom, // telephone network tickets and the operator's directory
    Sanapati, // Sanapati e-mail sign-offs, coordination and proof
    Categorisation, // the registry of electronic systems and their categorisation
    Literacy, // literacy sessions and published articles
};

// "incident" -> Desk::Incident; nullopt for an unknown name.
std::optional<Desk> desk_from_string(std::string_view name);
std::string_view desk_name(Desk desk);

struct Service {
    std::string id;
    std::string name;
    std::string summary; // one line for the list of services
    std::string description;
    std::vector<std::string> recipients;
    std::vector<std::string> requirements;
    std::vector<Document> documents;
    std::vector<Procedure> procedures;
    std::vector<Kind> kinds; // empty: the service has one form, `fields`
    std::vector<Field> fields; // without kinds: the form; with kinds: each kind holds them
    std::string procedure; // without kinds: the procedure the form follows
    // Which specialist desk works this service's requests beyond its procedure
    // (findings, classification, sign-offs...); Desk::None: the procedure alone.
    Desk desk = Desk::None;

    const Kind* find_kind(const std::string& kind_id) const;
    const Procedure* find_procedure(const std::string& procedure_id) const;
};

struct Role {
    std::string id;
    std::string name;
    std::string description;
};

struct Agency {
    std::string code;
    std::string name;
};

struct Office {
    std::string name; // Bidang Statistik dan Persandian
    std::string parent; // Dinas Komunikasi Informatika dan Statistik Kota Magelang
    std::string city; // Kota Magelang
    std::string address;
    std::string timezone; // IANA name; Indonesian zones only (no daylight saving)
    int utc_offset_minutes = 0; // derived from timezone by the loader
    std::string request_prefix; // LPS in LPS-2026-000123
    std::vector<std::string> official_email_domains;
    bool allow_email_subdomains = false;
    std::string privacy_notice; // shown on every form that collects NIK or ID scans
    // ID scans of finished requests are deleted this many days after the request
    // ended (UU 27/2022: kept no longer than their purpose needs).
    int identity_document_retention_days = 365;
};

struct HelpDesk {
    std::string unit;
    std::string address;
    std::string phone;
    std::string whatsapp; // digits with country code, for https://wa.me/<digits>
    std::string whatsapp_display;
    std::string email;
    std::string text;
};

struct Introduction {
    std::string title;
    std::vector<std::string> paragraphs;
    std::vector<std::string> legal_basis;
    std::string goal;
    std::vector<std::string> benefits;
    std::string cost;
};

// The CSIRT's public profile and its desk's settings (`[csirt]`, optional): the
// source of /.well-known/security.txt (RFC 9116) and of the RFC 2350 team page.
// Empty strings and lists mean "not published": the line is left out.
struct Csirt {
    std::string name; // "Tim Tanggap Insiden Siber (CSIRT) Kota Magelang"
    std::string short_name;
    std::vector<std::string> emails; // ≥ 1; the first is the team's main address
    std::string phone;
    std::string whatsapp; // digits with country code
    std::string whatsapp_display;
    std::string address;
    std::string hours; // when the team answers
    std::vector<std::string> other_channels; // other ways to report, as printed
    std::string updated; // YYYY-MM-DD: when the profile was last changed (RFC 2350 2.1)
    std::string constituency;
    std::string mission;
    std::string authority;
    std::vector<std::string> services;
    std::string policy; // what happens to reports, disclosure and sharing
    std::string disclaimer;
    std::string encryption; // security.txt Encryption: a URI of the team's key
    std::string acknowledgments; // security.txt Acknowledgments: a URI
    std::vector<std::string> preferred_languages; // default {"id", "en"}
    int expires_days = 180; // security.txt Expires: this many days after it is served
    // Site overrides of the default priority: "<rsit class>" or "<class>/<type>" → "P1".."P4".
    std::map<std::string, std::string> priorities;
    // What the CSIRT desk must have recorded before a step of a `desk = "incident"`
    // procedure may be completed: step id → requirements (see kCsirtRequirements).
    std::map<std::string, std::vector<std::string>> step_requirements;
};

// The requirements `[csirt.steps]` may name.
inline constexpr std::string_view kCsirtRequirements[] = { "classification", "tlp", "priority",
    "system", "impact", "recommendation", "mitigation", "prevention", "verification" };

struct Catalog {
    std::string source; // the file it came from, for messages
    Office office;
    HelpDesk helpdesk;
    Introduction intro;
    std::vector<Role> roles;
    std::vector<Agency> agencies;
    std::vector<Service> services;
    std::optional<Csirt> csirt; // `[csirt]`; absent: no security.txt, no team page

    const Service* find_service(const std::string& service_id) const;
    const Role* find_role(const std::string& role_id) const;
    const Agency* find_agency(const std::string& code) const;
};

// The fields of a form: a kind's, or the service's own when it has no kinds.
const std::vector<Field>& form_fields(const Service& service, const Kind* kind);
// The procedure a new request of this service and kind follows.
const Procedure& form_procedure(const Service& service, const Kind* kind);

} // namespace lapis::catalog
