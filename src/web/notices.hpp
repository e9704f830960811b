// Who hears of what, and what the mail says (Indonesian templates in
// templates/mail_*.txt): the requester on receipt, at each step staff take, when
// asked for more information and at the end; a role (or the staff named for it)
// when work arrives in its queue. Staff mail carries no personal data, only the
// number, the service and the step.
#pragma once

#include <string>
#include <vector>

#include "domain/workflow.hpp"
#include "store/outbox.hpp"
#include "store/requests.hpp"
#include "web/app.hpp"

namespace lapis::web {

struct SubmittedNotice {
    std::string number; // filled in after numbering: see notices.cpp
    std::string tracking_link;
    const catalog::Service* service = nullptr;
    const catalog::Procedure* procedure = nullptr;
    std::string requester_name;
    std::string requester_email;
    std::string title;
};

std::vector<store::Notification> submission_notices(App& app, const SubmittedNotice& notice);

std::vector<store::Notification> move_notices(
    App& app, const store::StoredRequest& request, const domain::Transition& transition);

} // namespace lapis::web
