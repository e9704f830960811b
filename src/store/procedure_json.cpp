#include "store/procedure_json.hpp"

namespace lapis::store {
namespace {

const char* actor_kind_name(catalog::ActorKind kind)
{
    switch (kind) {
    case catalog::ActorKind::Requester:
        return "pemohon";
    case catalog::ActorKind::SystemOwner:
        return "pemilik-sistem";
    case catalog::ActorKind::External:
        return "pihak-luar";
    case catalog::ActorKind::Role:
        break;
    }
    return "role";
}

catalog::ActorKind actor_kind_from(const std::string& name)
{
    if (name == "pemohon")
        return catalog::ActorKind::Requester;
    if (name == "pemilik-sistem")
        return catalog::ActorKind::SystemOwner;
    if (name == "pihak-luar")
        return catalog::ActorKind::External;
    return catalog::ActorKind::Role;
}

}  // namespace

nlohmann::json procedure_to_json(const catalog::Procedure& procedure)
{
    nlohmann::json steps = nlohmann::json::array();
    for (const catalog::Step& step : procedure.steps) {
        steps.push_back({
            {"id", step.id},
            {"number", step.number},
            {"text", step.text},
            {"actor", actor_kind_name(step.actor.kind)},
            {"role", step.actor.role},
            {"external", step.actor.external},
            {"recorded_by", step.actor.recorded_by},
            {"joint_with", step.joint_with},
            {"assigns", step.assigns},
            {"back_to", step.back_to},
            {"sets_owner", step.sets_owner},
        });
    }
    return {{"id", procedure.id}, {"title", procedure.title}, {"steps", steps}};
}

catalog::Procedure procedure_from_json(const nlohmann::json& json)
{
    catalog::Procedure procedure;
    procedure.id = json.at("id").get<std::string>();
    procedure.title = json.at("title").get<std::string>();
    for (const auto& item : json.at("steps")) {
        catalog::Step step;
        step.id = item.at("id").get<std::string>();
        step.number = item.at("number").get<std::string>();
        step.text = item.at("text").get<std::string>();
        step.actor.kind = actor_kind_from(item.at("actor").get<std::string>());
        step.actor.role = item.at("role").get<std::string>();
        step.actor.external = item.at("external").get<std::string>();
        step.actor.recorded_by = item.at("recorded_by").get<std::string>();
        step.joint_with = item.at("joint_with").get<std::vector<std::string>>();
        step.assigns = item.at("assigns").get<std::string>();
        step.back_to = item.at("back_to").get<std::vector<std::string>>();
        step.sets_owner = item.at("sets_owner").get<bool>();
        procedure.steps.push_back(std::move(step));
    }
    return procedure;
}

}  // namespace lapis::store
