// Every handler, by area. routes.cpp binds them to paths.
#pragma once

#include "web/app.hpp"
#include "web/desks.hpp"
#include "web/http.hpp"

namespace lapis::web {

// portal.cpp: the public catalog
Response home(Context& context, Request& request);
Response service_page(Context& context, Request& request);
Response help_page(Context& context, Request& request);
Response privacy_page(Context& context, Request& request);
Response asset(Context& context, Request& request);

// intake.cpp: request forms and tracking without an account
Response request_form(Context& context, Request& request);
Response submit_form(Context& context, Request& request);
// POST /layanan/<id>/ajukan/draf/<template>: the letter the form asks to be signed,
// filled from the values typed so far, before anything is submitted.
Response draft_letter_download(Context& context, Request& request);
Response tracking_lookup(Context& context, Request& request);
Response tracking_lookup_submit(Context& context, Request& request);
Response tracking_page(Context& context, Request& request);
Response tracking_action(Context& context, Request& request);
Response resend_form(Context& context, Request& request);
Response resend_submit(Context& context, Request& request);

// signin.cpp: password, second factor, enrolment, the first admin, logging out
Response login_form(Context& context, Request& request);
Response login_submit(Context& context, Request& request);
Response second_factor_form(Context& context, Request& request);
Response second_factor_submit(Context& context, Request& request);
Response enrol_form(Context& context, Request& request);
Response enrol_submit(Context& context, Request& request);
Response account_page(Context& context, Request& request);
Response logout(Context& context, Request& request);
Response logout_everywhere(Context& context, Request& request);
Response setup_form(Context& context, Request& request);
Response setup_submit(Context& context, Request& request);

// staff.cpp: queues and the request desk
Response staff_queues(Context& context, Request& request);
Response staff_request(Context& context, Request& request);
Response staff_action(Context& context, Request& request);
Response staff_attachment(Context& context, Request& request);

// documents_pages.cpp: generated letters and their verification
Response requester_letter(Context& context, Request& request);
Response staff_letter(Context& context, Request& request);
Response verify_page(Context& context, Request& request);

// agency.cpp: accounts of Perangkat Daerah and their requests
Response agency_register_form(Context& context, Request& request);
Response agency_register(Context& context, Request& request);
Response agency_verify(Context& context, Request& request);
Response agency_home(Context& context, Request& request);
Response agency_request(Context& context, Request& request);
Response agency_action(Context& context, Request& request);

// admin.cpp: the administrator's pages
Response audit_page(Context& context, Request& request);

// calculators.cpp: CVSS and categorisation, for anyone
Response cvss_page(Context& context, Request& request);
Response api_cvss(Context& context, Request& request);
Response categorisation_page(Context& context, Request& request);
Response api_categorisation(Context& context, Request& request);

// desk_certificate.cpp: e-certificates
Response certificate_expiry_save(Context& context, Request& request);
Response certificate_reason_save(Context& context, Request& request);

// desk_esignature.cpp: e-signature integration
Response esignature_milestone_save(Context& context, Request& request);
// The desk's condition on moves (desks.cpp): no step before its milestone.
std::optional<DeskRefusal> esignature_check_move(App& app, const store::StoredRequest& request,
    const domain::Actor& actor, const domain::Transition& transition);

// desk_assessment.cpp: vulnerability assessment
Response assessment_finding_form(Context& context, Request& request);
Response assessment_add_finding(Context& context, Request& request);
Response assessment_edit_form(Context& context, Request& request);
Response assessment_edit_finding(Context& context, Request& request);
Response assessment_staff_status(Context& context, Request& request);
Response assessment_settings(Context& context, Request& request);
Response assessment_staff_report(Context& context, Request& request);
Response assessment_staff_evidence(Context& context, Request& request);
Response assessment_agency_fix(Context& context, Request& request);
Response assessment_agency_report(Context& context, Request& request);
Response assessment_agency_evidence(Context& context, Request& request);

// desk_incident.cpp: CSIRT
Response incident_classify(Context& context, Request& request);
Response incident_link_system(Context& context, Request& request);
Response incident_label_evidence(Context& context, Request& request);
Response incident_record(Context& context, Request& request); // analisis, rekomendasi, verifikasi
Response incident_mitigation(Context& context, Request& request);
Response incident_agency_evidence(Context& context, Request& request);
// desk_incident_profile.cpp: RFC 9116 security.txt and the RFC 2350 team page
Response security_txt_page(Context& context, Request& request);
Response csirt_profile_page(Context& context, Request& request);

// desk_telecom.cpp: telephone network and the operator
Response telecom_ticket(Context& context, Request& request);
Response telecom_test(Context& context, Request& request);
Response telecom_directory(Context& context, Request& request);
Response telecom_directory_import(Context& context, Request& request);
Response telecom_calls(Context& context, Request& request);
Response telecom_call_add(Context& context, Request& request);
Response telecom_directory_script(Context& context, Request& request);

// desk_sanapati.cpp: Sanapati e-mail
Response sanapati_signoff(Context& context, Request& request);
Response sanapati_coordination(Context& context, Request& request);
Response sanapati_proof(Context& context, Request& request);

// desk_categorisation.cpp: the registry of electronic systems
Response systems_page(Context& context, Request& request);
Response system_add(Context& context, Request& request);
Response system_page(Context& context, Request& request);
Response system_update(Context& context, Request& request);
Response system_categorise(Context& context, Request& request);
Response systems_report(Context& context, Request& request);
Response systems_report_csv(Context& context, Request& request);
Response categorisation_request_save(Context& context, Request& request);
Response categorisation_request_link(Context& context, Request& request);
Response agency_systems(Context& context, Request& request);
Response agency_system_add(Context& context, Request& request);
Response agency_system_page(Context& context, Request& request);

// desk_literacy.cpp: literacy sessions and articles
Response literacy_index(Context& context, Request& request);
Response literacy_article_page(Context& context, Request& request);
Response literacy_schedule_save(Context& context, Request& request);
Response literacy_articles_staff(Context& context, Request& request);
Response literacy_schedule_list(Context& context, Request& request);
Response literacy_article_new(Context& context, Request& request);
Response literacy_article_create(Context& context, Request& request);
Response literacy_article_edit(Context& context, Request& request);
Response literacy_article_update(Context& context, Request& request);
Response literacy_article_publish(Context& context, Request& request);

// api.cpp: the public JSON API under /api/v1
Response api_services(Context& context, Request& request);
Response api_queue(Context& context, Request& request);
Response api_submit(Context& context, Request& request);
Response api_request(Context& context, Request& request);
Response api_action(Context& context, Request& request);

} // namespace lapis::web
