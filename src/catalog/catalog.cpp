// Lookups over the loaded catalog. The catalog is small (tens of services, a few
// hundred fields), so linear searches keep the types plain and copyable.
#include "catalog/catalog.hpp"

#include <algorithm>
#include <array>
#include <stdexcept>
#include <utility>

namespace lapis::catalog {

namespace {

// The catalog spelling of each field type, in enum order.
constexpr std::array<std::pair<FieldType, const char*>, 15> kFieldTypeNames{ {
    { FieldType::Text, "text" },
    { FieldType::Textarea, "textarea" },
    { FieldType::Email, "email" },
    { FieldType::Phone, "phone" },
    { FieldType::Nip, "nip" },
    { FieldType::Nik, "nik" },
    { FieldType::Pangkat, "pangkat" },
    { FieldType::Agency, "agency" },
    { FieldType::Date, "date" },
    { FieldType::Datetime, "datetime" },
    { FieldType::Url, "url" },
    { FieldType::Number, "number" },
    { FieldType::Choice, "choice" },
    { FieldType::File, "file" },
    { FieldType::Consent, "consent" },
} };

template <typename Item, typename Key>
const Item* find_by(const std::vector<Item>& items, Key Item::*key, const std::string& wanted)
{
    auto found = std::find_if(
        items.begin(), items.end(), [&](const Item& item) { return item.*key == wanted; });
    return found == items.end() ? nullptr : &*found;
}

// The catalog spelling of each desk.
constexpr std::array<std::pair<Desk, std::string_view>, 9> kDeskNames{ {
    { Desk::None, "none" },
    { Desk::Certificate, "certificate" },
    { Desk::Esignature, "esignature" },
    { Desk::Assessment, "assessment" },
    { Desk::Incident, "incident" },
    { Desk::Telecom, "telecom" },
    { Desk::Sanapati, "sanapati" },
    { Desk::Categorisation, "categorisation" },
    { Desk::Literacy, "literacy" },
} };

} // namespace

std::optional<FieldType> field_type_from_string(const std::string& name)
{
    for (const auto& [type, spelling] : kFieldTypeNames) {
        if (name == spelling)
            return type;
    }
    return std::nullopt;
}

std::optional<Desk> desk_from_string(std::string_view name)
{
    for (const auto& [desk, spelling] : kDeskNames) {
        if (name == spelling)
            return desk;
    }
    return std::nullopt;
}

std::string_view desk_name(Desk desk)
{
    for (const auto& [known, spelling] : kDeskNames) {
        if (known == desk)
            return spelling;
    }
    return "none";
}

const char* to_string(ActorKind kind)
{
    switch (kind) {
    case ActorKind::Requester:
        return "pemohon";
    case ActorKind::SystemOwner:
        return "pemilik-sistem";
    case ActorKind::External:
        return "pihak-luar";
    case ActorKind::Role:
        break;
    }
    return "role";
}

ActorKind actor_kind_from_string(const std::string& name)
{
    for (ActorKind kind : { ActorKind::Requester, ActorKind::SystemOwner, ActorKind::External }) {
        if (name == to_string(kind))
            return kind;
    }
    return ActorKind::Role;
}

const char* to_string(FieldType type)
{
    for (const auto& [known, spelling] : kFieldTypeNames) {
        if (known == type)
            return spelling;
    }
    return "unknown";
}

const Step* Procedure::find_step(const std::string& step_id) const
{
    return find_by(steps, &Step::id, step_id);
}

std::optional<std::size_t> Procedure::index_of(const std::string& step_id) const
{
    const Step* step = find_step(step_id);
    if (!step)
        return std::nullopt;
    return static_cast<std::size_t>(step - steps.data());
}

const Kind* Service::find_kind(const std::string& kind_id) const
{
    return find_by(kinds, &Kind::id, kind_id);
}

const Procedure* Service::find_procedure(const std::string& procedure_id) const
{
    return find_by(procedures, &Procedure::id, procedure_id);
}

const Service* Catalog::find_service(const std::string& service_id) const
{
    return find_by(services, &Service::id, service_id);
}

const Role* Catalog::find_role(const std::string& role_id) const
{
    return find_by(roles, &Role::id, role_id);
}

const Agency* Catalog::find_agency(const std::string& code) const
{
    return find_by(agencies, &Agency::code, code);
}

const std::vector<Field>& form_fields(const Service& service, const Kind* kind)
{
    return kind ? kind->fields : service.fields;
}

const Procedure& form_procedure(const Service& service, const Kind* kind)
{
    // The loader resolves every kind's procedure and, for a service with kinds,
    // fills `service.procedure` only when one requestable procedure makes it
    // unambiguous; anything else here is a caller's mistake.
    const std::string& procedure_id = kind ? kind->procedure : service.procedure;
    const Procedure* procedure = service.find_procedure(procedure_id);
    if (!procedure) {
        throw std::invalid_argument(
            "service '" + service.id + "' has no procedure '" + procedure_id + "'; name a kind");
    }
    return *procedure;
}

} // namespace lapis::catalog
