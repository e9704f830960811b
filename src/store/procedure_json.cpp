#include "store/procedure_json.hpp"

namespace lapis::store {

nlohmann::json procedure_to_json(const catalog::Procedure& procedure)
{
    nlohmann::json steps = nlohmann::json::array();
    for (const catalog::Step& step : procedure.steps) {
        steps.push_back({
            { "id", step.id },
            { "number", step.number },
            { "text", step.text },
            { "actor", catalog::to_string(step.actor.kind) },
            { "role", step.actor.role },
            { "external", step.actor.external },
            { "recorded_by", step.actor.recorded_by },
            { "joint_with", step.joint_with },
            { "assigns", step.assigns },
            { "back_to", step.back_to },
            { "sets_owner", step.sets_owner },
        });
    }
    return { { "id", procedure.id }, { "title", procedure.title }, { "steps", steps } };
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
        step.actor.kind = catalog::actor_kind_from_string(item.at("actor").get<std::string>());
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

} // namespace lapis::store
