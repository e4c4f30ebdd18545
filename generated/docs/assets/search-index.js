window.MODS_SEARCH = [
  {
    "t": "Versioned record",
    "n": "versioned_record",
    "k": "c",
    "h": "classes/versioned_record.html",
    "d": ""
  },
  {
    "t": "Record uid",
    "n": "record_uid",
    "k": "e",
    "h": "classes/versioned_record.html#el-record_uid",
    "d": "Versioned record"
  },
  {
    "t": "Version number",
    "n": "version_number",
    "k": "e",
    "h": "classes/versioned_record.html#el-version_number",
    "d": "Versioned record"
  },
  {
    "t": "Change log",
    "n": "change_log",
    "k": "c",
    "h": "classes/change_log.html",
    "d": ""
  },
  {
    "t": "Date",
    "n": "date",
    "k": "e",
    "h": "classes/change_log.html#el-date",
    "d": "Change log"
  },
  {
    "t": "Change type",
    "n": "change_type",
    "k": "e",
    "h": "classes/change_log.html#el-change_type",
    "d": "Change log"
  },
  {
    "t": "Description",
    "n": "description",
    "k": "e",
    "h": "classes/change_log.html#el-description",
    "d": "Change log"
  },
  {
    "t": "System identifier",
    "n": "system_identifier",
    "k": "e",
    "h": "classes/change_log.html#el-system_identifier",
    "d": "Change log"
  },
  {
    "t": "Reason for attestation",
    "n": "reason_for_attestation",
    "k": "e",
    "h": "classes/change_log.html#el-reason_for_attestation",
    "d": "Change log"
  },
  {
    "t": "Proof",
    "n": "proof",
    "k": "e",
    "h": "classes/change_log.html#el-proof",
    "d": "Change log"
  },
  {
    "t": "Committer",
    "n": "committer",
    "k": "e",
    "h": "classes/change_log.html#el-committer",
    "d": "Change log"
  },
  {
    "t": "Record uid",
    "n": "record_uid",
    "k": "e",
    "h": "classes/change_log.html#el-record_uid",
    "d": "Change log"
  },
  {
    "t": "Record version",
    "n": "record_version",
    "k": "e",
    "h": "classes/change_log.html#el-record_version",
    "d": "Change log"
  },
  {
    "t": "Change",
    "n": "change",
    "k": "e",
    "h": "classes/change_log.html#el-change",
    "d": "Change log"
  },
  {
    "t": "Coding",
    "n": "coding",
    "k": "c",
    "h": "classes/coding.html",
    "d": ""
  },
  {
    "t": "System",
    "n": "system",
    "k": "e",
    "h": "classes/coding.html#el-system",
    "d": "Coding"
  },
  {
    "t": "Code",
    "n": "code",
    "k": "e",
    "h": "classes/coding.html#el-code",
    "d": "Coding"
  },
  {
    "t": "Display",
    "n": "display",
    "k": "e",
    "h": "classes/coding.html#el-display",
    "d": "Coding"
  },
  {
    "t": "Event",
    "n": "event",
    "k": "c",
    "h": "classes/event.html",
    "d": ""
  },
  {
    "t": "Subject of care",
    "n": "subject_of_care",
    "k": "e",
    "h": "classes/event.html#el-subject_of_care",
    "d": "Event"
  },
  {
    "t": "Date",
    "n": "date",
    "k": "e",
    "h": "classes/event.html#el-date",
    "d": "Event"
  },
  {
    "t": "Location",
    "n": "location",
    "k": "e",
    "h": "classes/event.html#el-location",
    "d": "Event"
  },
  {
    "t": "Care actor",
    "n": "care_actor",
    "k": "e",
    "h": "classes/event.html#el-care_actor",
    "d": "Event"
  },
  {
    "t": "Time",
    "n": "time",
    "k": "e",
    "h": "classes/event.html#el-time",
    "d": "Event"
  },
  {
    "t": "Care actor",
    "n": "care_actor",
    "k": "c",
    "h": "classes/care_actor.html",
    "d": ""
  },
  {
    "t": "Observations",
    "n": "observation",
    "k": "c",
    "h": "classes/observation.html",
    "d": ""
  },
  {
    "t": "Activity",
    "n": "activity",
    "k": "c",
    "h": "classes/activity.html",
    "d": ""
  },
  {
    "t": "Assessment",
    "n": "assessment",
    "k": "c",
    "h": "classes/assessment.html",
    "d": ""
  },
  {
    "t": "Subject of care",
    "n": "subject_of_care",
    "k": "c",
    "h": "classes/subject_of_care.html",
    "d": ""
  },
  {
    "t": "name",
    "n": "name",
    "k": "e",
    "h": "classes/subject_of_care.html#el-name",
    "d": "Subject of care"
  },
  {
    "t": "NHS Number",
    "n": "nhs_number",
    "k": "e",
    "h": "classes/subject_of_care.html#el-nhs_number",
    "d": "Subject of care"
  },
  {
    "t": "NHS Number Trace Status Indicator",
    "n": "nhs_number_verification_status",
    "k": "e",
    "h": "classes/subject_of_care.html#el-nhs_number_verification_status",
    "d": "Subject of care"
  },
  {
    "t": "Person demographics",
    "n": "demographics",
    "k": "e",
    "h": "classes/subject_of_care.html#el-demographics",
    "d": "Subject of care"
  },
  {
    "t": "Address",
    "n": "address",
    "k": "e",
    "h": "classes/subject_of_care.html#el-address",
    "d": "Subject of care"
  },
  {
    "t": "Person contact details",
    "n": "contact_details",
    "k": "e",
    "h": "classes/subject_of_care.html#el-contact_details",
    "d": "Subject of care"
  },
  {
    "t": "Persons General Practice",
    "n": "registered_gp_practice",
    "k": "e",
    "h": "classes/subject_of_care.html#el-registered_gp_practice",
    "d": "Subject of care"
  },
  {
    "t": "Person demographics",
    "n": "person_demographics",
    "k": "c",
    "h": "classes/person_demographics.html",
    "d": ""
  },
  {
    "t": "Date of birth",
    "n": "date_of_birth",
    "k": "e",
    "h": "classes/person_demographics.html#el-date_of_birth",
    "d": "Person demographics"
  },
  {
    "t": "Gender identity",
    "n": "gender_identity",
    "k": "e",
    "h": "classes/person_demographics.html#el-gender_identity",
    "d": "Person demographics"
  },
  {
    "t": "Ethnicity",
    "n": "ethnicity",
    "k": "e",
    "h": "classes/person_demographics.html#el-ethnicity",
    "d": "Person demographics"
  },
  {
    "t": "Religion",
    "n": "religion",
    "k": "e",
    "h": "classes/person_demographics.html#el-religion",
    "d": "Person demographics"
  },
  {
    "t": "First Language",
    "n": "first_language",
    "k": "e",
    "h": "classes/person_demographics.html#el-first_language",
    "d": "Person demographics"
  },
  {
    "t": "Other language",
    "n": "other_language",
    "k": "e",
    "h": "classes/person_demographics.html#el-other_language",
    "d": "Person demographics"
  },
  {
    "t": "Interpreter required",
    "n": "interpreter_required",
    "k": "e",
    "h": "classes/person_demographics.html#el-interpreter_required",
    "d": "Person demographics"
  },
  {
    "t": "Immigration status",
    "n": "immigration_status",
    "k": "e",
    "h": "classes/person_demographics.html#el-immigration_status",
    "d": "Person demographics"
  },
  {
    "t": "Sexual orientation",
    "n": "sexual_orientation",
    "k": "e",
    "h": "classes/person_demographics.html#el-sexual_orientation",
    "d": "Person demographics"
  },
  {
    "t": "Pregnancy status",
    "n": "pregnancy_status",
    "k": "e",
    "h": "classes/person_demographics.html#el-pregnancy_status",
    "d": "Person demographics"
  },
  {
    "t": "Person name",
    "n": "person_name",
    "k": "c",
    "h": "classes/person_name.html",
    "d": ""
  },
  {
    "t": "family",
    "n": "family",
    "k": "e",
    "h": "classes/person_name.html#el-family",
    "d": "Person name"
  },
  {
    "t": "given",
    "n": "given",
    "k": "e",
    "h": "classes/person_name.html#el-given",
    "d": "Person name"
  },
  {
    "t": "prefix",
    "n": "prefix",
    "k": "e",
    "h": "classes/person_name.html#el-prefix",
    "d": "Person name"
  },
  {
    "t": "Preferred name",
    "n": "preferred_name",
    "k": "e",
    "h": "classes/person_name.html#el-preferred_name",
    "d": "Person name"
  },
  {
    "t": "Person contact details",
    "n": "person_contact_details",
    "k": "c",
    "h": "classes/person_contact_details.html",
    "d": ""
  },
  {
    "t": "Telephone number",
    "n": "telephone_number",
    "k": "e",
    "h": "classes/person_contact_details.html#el-telephone_number",
    "d": "Person contact details"
  },
  {
    "t": "emailAddressDetails",
    "n": "email_address",
    "k": "e",
    "h": "classes/person_contact_details.html#el-email_address",
    "d": "Person contact details"
  },
  {
    "t": "Preferred contact method",
    "n": "preferred_contact_method",
    "k": "e",
    "h": "classes/person_contact_details.html#el-preferred_contact_method",
    "d": "Person contact details"
  },
  {
    "t": "Care worker",
    "n": "care_worker",
    "k": "c",
    "h": "classes/care_worker.html",
    "d": ""
  },
  {
    "t": "Specialty",
    "n": "specialty",
    "k": "e",
    "h": "classes/care_worker.html#el-specialty",
    "d": "Care worker"
  },
  {
    "t": "Person name",
    "n": "name",
    "k": "e",
    "h": "classes/care_worker.html#el-name",
    "d": "Care worker"
  },
  {
    "t": "Person contact details",
    "n": "contact_details",
    "k": "e",
    "h": "classes/care_worker.html#el-contact_details",
    "d": "Care worker"
  },
  {
    "t": "Provides care for",
    "n": "provides_care_for",
    "k": "e",
    "h": "classes/care_worker.html#el-provides_care_for",
    "d": "Care worker"
  },
  {
    "t": "Job title",
    "n": "job_title",
    "k": "e",
    "h": "classes/care_worker.html#el-job_title",
    "d": "Care worker"
  },
  {
    "t": "Employing organisation",
    "n": "employing_organisation",
    "k": "e",
    "h": "classes/care_worker.html#el-employing_organisation",
    "d": "Care worker"
  },
  {
    "t": "Professional register",
    "n": "professional_register",
    "k": "e",
    "h": "classes/care_worker.html#el-professional_register",
    "d": "Care worker"
  },
  {
    "t": "Professional registration number",
    "n": "professional_registration_number",
    "k": "e",
    "h": "classes/care_worker.html#el-professional_registration_number",
    "d": "Care worker"
  },
  {
    "t": "Provides care for",
    "n": "provides_care_for",
    "k": "c",
    "h": "classes/provides_care_for.html",
    "d": ""
  },
  {
    "t": "Subject of care",
    "n": "subject_of_care",
    "k": "e",
    "h": "classes/provides_care_for.html#el-subject_of_care",
    "d": "Provides care for"
  },
  {
    "t": "Key worker",
    "n": "key_worker",
    "k": "e",
    "h": "classes/provides_care_for.html#el-key_worker",
    "d": "Provides care for"
  },
  {
    "t": "Role",
    "n": "role",
    "k": "e",
    "h": "classes/provides_care_for.html#el-role",
    "d": "Provides care for"
  },
  {
    "t": "Care team",
    "n": "care_team",
    "k": "e",
    "h": "classes/provides_care_for.html#el-care_team",
    "d": "Provides care for"
  },
  {
    "t": "Start date",
    "n": "start_date",
    "k": "e",
    "h": "classes/provides_care_for.html#el-start_date",
    "d": "Provides care for"
  },
  {
    "t": "End date",
    "n": "end_date",
    "k": "e",
    "h": "classes/provides_care_for.html#el-end_date",
    "d": "Provides care for"
  },
  {
    "t": "Care organisation",
    "n": "care_organisation",
    "k": "c",
    "h": "classes/care_organisation.html",
    "d": ""
  },
  {
    "t": "name",
    "n": "name",
    "k": "e",
    "h": "classes/care_organisation.html#el-name",
    "d": "Care organisation"
  },
  {
    "t": "identifier",
    "n": "identifier",
    "k": "e",
    "h": "classes/care_organisation.html#el-identifier",
    "d": "Care organisation"
  },
  {
    "t": "Organisation type",
    "n": "organisation_type",
    "k": "e",
    "h": "classes/care_organisation.html#el-organisation_type",
    "d": "Care organisation"
  },
  {
    "t": "serviceType",
    "n": "service_type",
    "k": "e",
    "h": "classes/care_organisation.html#el-service_type",
    "d": "Care organisation"
  },
  {
    "t": "address",
    "n": "address",
    "k": "e",
    "h": "classes/care_organisation.html#el-address",
    "d": "Care organisation"
  },
  {
    "t": "Telephone number",
    "n": "telephone_number",
    "k": "e",
    "h": "classes/care_organisation.html#el-telephone_number",
    "d": "Care organisation"
  },
  {
    "t": "Email address",
    "n": "email_address",
    "k": "e",
    "h": "classes/care_organisation.html#el-email_address",
    "d": "Care organisation"
  },
  {
    "t": "Service provider",
    "n": "service_provider",
    "k": "c",
    "h": "classes/service_provider.html",
    "d": ""
  },
  {
    "t": "Name",
    "n": "name",
    "k": "e",
    "h": "classes/service_provider.html#el-name",
    "d": "Service provider"
  },
  {
    "t": "ODS code",
    "n": "ods_code",
    "k": "e",
    "h": "classes/service_provider.html#el-ods_code",
    "d": "Service provider"
  },
  {
    "t": "CQC provider ID",
    "n": "cqc_provider_id",
    "k": "e",
    "h": "classes/service_provider.html#el-cqc_provider_id",
    "d": "Service provider"
  },
  {
    "t": "CQC location ID",
    "n": "cqc_location_ids",
    "k": "e",
    "h": "classes/service_provider.html#el-cqc_location_ids",
    "d": "Service provider"
  },
  {
    "t": "Address",
    "n": "address",
    "k": "e",
    "h": "classes/service_provider.html#el-address",
    "d": "Service provider"
  },
  {
    "t": "Locations",
    "n": "locations",
    "k": "e",
    "h": "classes/service_provider.html#el-locations",
    "d": "Service provider"
  },
  {
    "t": "Registered manager",
    "n": "registered_manager",
    "k": "e",
    "h": "classes/service_provider.html#el-registered_manager",
    "d": "Service provider"
  },
  {
    "t": "Unpaid carer",
    "n": "unpaid_carer",
    "k": "c",
    "h": "classes/unpaid_carer.html",
    "d": ""
  },
  {
    "t": "Subject of care",
    "n": "subject_of_care",
    "k": "e",
    "h": "classes/unpaid_carer.html#el-subject_of_care",
    "d": "Unpaid carer"
  },
  {
    "t": "Person name",
    "n": "name",
    "k": "e",
    "h": "classes/unpaid_carer.html#el-name",
    "d": "Unpaid carer"
  },
  {
    "t": "Relationship",
    "n": "relationship",
    "k": "e",
    "h": "classes/unpaid_carer.html#el-relationship",
    "d": "Unpaid carer"
  },
  {
    "t": "Person contact details",
    "n": "contact_details",
    "k": "e",
    "h": "classes/unpaid_carer.html#el-contact_details",
    "d": "Unpaid carer"
  },
  {
    "t": "Address",
    "n": "address",
    "k": "e",
    "h": "classes/unpaid_carer.html#el-address",
    "d": "Unpaid carer"
  },
  {
    "t": "Main carer",
    "n": "main_carer",
    "k": "e",
    "h": "classes/unpaid_carer.html#el-main_carer",
    "d": "Unpaid carer"
  },
  {
    "t": "Caring role",
    "n": "caring_role",
    "k": "e",
    "h": "classes/unpaid_carer.html#el-caring_role",
    "d": "Unpaid carer"
  },
  {
    "t": "Carer's assessment date",
    "n": "carer_assessment_date",
    "k": "e",
    "h": "classes/unpaid_carer.html#el-carer_assessment_date",
    "d": "Unpaid carer"
  },
  {
    "t": "Personal contact",
    "n": "personal_contact",
    "k": "c",
    "h": "classes/personal_contact.html",
    "d": ""
  },
  {
    "t": "Subject of care",
    "n": "subject_of_care",
    "k": "e",
    "h": "classes/personal_contact.html#el-subject_of_care",
    "d": "Personal contact"
  },
  {
    "t": "Person name",
    "n": "name",
    "k": "e",
    "h": "classes/personal_contact.html#el-name",
    "d": "Personal contact"
  },
  {
    "t": "Relationship type",
    "n": "relationship",
    "k": "e",
    "h": "classes/personal_contact.html#el-relationship",
    "d": "Personal contact"
  },
  {
    "t": "Next of kin",
    "n": "next_of_kin",
    "k": "e",
    "h": "classes/personal_contact.html#el-next_of_kin",
    "d": "Personal contact"
  },
  {
    "t": "Emergency contact",
    "n": "emergency_contact",
    "k": "e",
    "h": "classes/personal_contact.html#el-emergency_contact",
    "d": "Personal contact"
  },
  {
    "t": "Person contact details",
    "n": "contact_details",
    "k": "e",
    "h": "classes/personal_contact.html#el-contact_details",
    "d": "Personal contact"
  },
  {
    "t": "Address",
    "n": "address",
    "k": "e",
    "h": "classes/personal_contact.html#el-address",
    "d": "Personal contact"
  },
  {
    "t": "Proxy for subject of care",
    "n": "proxy_for_subject_of_care",
    "k": "c",
    "h": "classes/proxy_for_subject_of_care.html",
    "d": ""
  },
  {
    "t": "subjectOfCare",
    "n": "subject_of_care",
    "k": "e",
    "h": "classes/proxy_for_subject_of_care.html#el-subject_of_care",
    "d": "Proxy for subject of care"
  },
  {
    "t": "name",
    "n": "name",
    "k": "e",
    "h": "classes/proxy_for_subject_of_care.html#el-name",
    "d": "Proxy for subject of care"
  },
  {
    "t": "contactDetails",
    "n": "contact_details",
    "k": "e",
    "h": "classes/proxy_for_subject_of_care.html#el-contact_details",
    "d": "Proxy for subject of care"
  },
  {
    "t": "Legal authority",
    "n": "authority",
    "k": "e",
    "h": "classes/proxy_for_subject_of_care.html#el-authority",
    "d": "Proxy for subject of care"
  },
  {
    "t": "Lasting power of attorney",
    "n": "lasting_power_of_attorney",
    "k": "e",
    "h": "classes/proxy_for_subject_of_care.html#el-lasting_power_of_attorney",
    "d": "Proxy for subject of care"
  },
  {
    "t": "Scope of decisions",
    "n": "decision_scope",
    "k": "e",
    "h": "classes/proxy_for_subject_of_care.html#el-decision_scope",
    "d": "Proxy for subject of care"
  },
  {
    "t": "Commissioner",
    "n": "commissioner",
    "k": "c",
    "h": "classes/commissioner.html",
    "d": ""
  },
  {
    "t": "Name",
    "n": "name",
    "k": "e",
    "h": "classes/commissioner.html#el-name",
    "d": "Commissioner"
  },
  {
    "t": "ODS code",
    "n": "ods_code",
    "k": "e",
    "h": "classes/commissioner.html#el-ods_code",
    "d": "Commissioner"
  },
  {
    "t": "Commissioner type",
    "n": "commissioner_type",
    "k": "e",
    "h": "classes/commissioner.html#el-commissioner_type",
    "d": "Commissioner"
  },
  {
    "t": "Address",
    "n": "address",
    "k": "e",
    "h": "classes/commissioner.html#el-address",
    "d": "Commissioner"
  },
  {
    "t": "Telephone number",
    "n": "telephone_number",
    "k": "e",
    "h": "classes/commissioner.html#el-telephone_number",
    "d": "Commissioner"
  },
  {
    "t": "Lead contact",
    "n": "lead_contact",
    "k": "e",
    "h": "classes/commissioner.html#el-lead_contact",
    "d": "Commissioner"
  },
  {
    "t": "Care team",
    "n": "care_team",
    "k": "c",
    "h": "classes/care_team.html",
    "d": ""
  },
  {
    "t": "Name",
    "n": "name",
    "k": "e",
    "h": "classes/care_team.html#el-name",
    "d": "Care team"
  },
  {
    "t": "status",
    "n": "status",
    "k": "e",
    "h": "classes/care_team.html#el-status",
    "d": "Care team"
  },
  {
    "t": "participant.member",
    "n": "member",
    "k": "e",
    "h": "classes/care_team.html#el-member",
    "d": "Care team"
  },
  {
    "t": "Subject of care",
    "n": "subject_of_care",
    "k": "e",
    "h": "classes/care_team.html#el-subject_of_care",
    "d": "Care team"
  },
  {
    "t": "Managing organisation",
    "n": "managing_organisation",
    "k": "e",
    "h": "classes/care_team.html#el-managing_organisation",
    "d": "Care team"
  },
  {
    "t": "Address",
    "n": "address",
    "k": "c",
    "h": "classes/address.html",
    "d": ""
  },
  {
    "t": "addressEntry1",
    "n": "address_entry_1",
    "k": "e",
    "h": "classes/address.html#el-address_entry_1",
    "d": "Address"
  },
  {
    "t": "addressEntry2",
    "n": "address_entry_2",
    "k": "e",
    "h": "classes/address.html#el-address_entry_2",
    "d": "Address"
  },
  {
    "t": "addressEntry3",
    "n": "address_entry_3",
    "k": "e",
    "h": "classes/address.html#el-address_entry_3",
    "d": "Address"
  },
  {
    "t": "Address line 4",
    "n": "address_entry_4",
    "k": "e",
    "h": "classes/address.html#el-address_entry_4",
    "d": "Address"
  },
  {
    "t": "Address line 5",
    "n": "address_entry_5",
    "k": "e",
    "h": "classes/address.html#el-address_entry_5",
    "d": "Address"
  },
  {
    "t": "Postcode",
    "n": "postcode",
    "k": "e",
    "h": "classes/address.html#el-postcode",
    "d": "Address"
  },
  {
    "t": "UPRN",
    "n": "uprn",
    "k": "e",
    "h": "classes/address.html#el-uprn",
    "d": "Address"
  },
  {
    "t": "Address use",
    "n": "use",
    "k": "e",
    "h": "classes/address.html#el-use",
    "d": "Address"
  },
  {
    "t": "Ordinary residence",
    "n": "ordinary_residence",
    "k": "e",
    "h": "classes/address.html#el-ordinary_residence",
    "d": "Address"
  },
  {
    "t": "Location",
    "n": "location",
    "k": "c",
    "h": "classes/location.html",
    "d": ""
  },
  {
    "t": "Address",
    "n": "address",
    "k": "e",
    "h": "classes/location.html#el-address",
    "d": "Location"
  },
  {
    "t": "Location type",
    "n": "location_type",
    "k": "e",
    "h": "classes/location.html#el-location_type",
    "d": "Location"
  },
  {
    "t": "Location name",
    "n": "location_name",
    "k": "e",
    "h": "classes/location.html#el-location_name",
    "d": "Location"
  },
  {
    "t": "Organisation site identifier",
    "n": "organisation_site_identifier",
    "k": "e",
    "h": "classes/location.html#el-organisation_site_identifier",
    "d": "Location"
  },
  {
    "t": "Document",
    "n": "document",
    "k": "c",
    "h": "classes/document.html",
    "d": ""
  },
  {
    "t": "Date",
    "n": "date",
    "k": "e",
    "h": "classes/document.html#el-date",
    "d": "Document"
  },
  {
    "t": "Documentation location",
    "n": "documentation_location",
    "k": "e",
    "h": "classes/document.html#el-documentation_location",
    "d": "Document"
  },
  {
    "t": "Class",
    "n": "class",
    "k": "e",
    "h": "classes/document.html#el-class",
    "d": "Document"
  },
  {
    "t": "Document title",
    "n": "document_title",
    "k": "e",
    "h": "classes/document.html#el-document_title",
    "d": "Document"
  },
  {
    "t": "Document name",
    "n": "document_name",
    "k": "e",
    "h": "classes/document.html#el-document_name",
    "d": "Document"
  },
  {
    "t": "Document MIME type",
    "n": "document_mime_type",
    "k": "e",
    "h": "classes/document.html#el-document_mime_type",
    "d": "Document"
  },
  {
    "t": "Comments",
    "n": "comments",
    "k": "e",
    "h": "classes/document.html#el-comments",
    "d": "Document"
  },
  {
    "t": "Subject",
    "n": "subject",
    "k": "e",
    "h": "classes/document.html#el-subject",
    "d": "Document"
  },
  {
    "t": "Confidentiality",
    "n": "confidentiality",
    "k": "e",
    "h": "classes/document.html#el-confidentiality",
    "d": "Document"
  },
  {
    "t": "Author",
    "n": "author",
    "k": "e",
    "h": "classes/document.html#el-author",
    "d": "Document"
  },
  {
    "t": "Additional information required for images",
    "n": "image_information",
    "k": "e",
    "h": "classes/document.html#el-image_information",
    "d": "Document"
  },
  {
    "t": "Additional information required for images",
    "n": "additional_information_required_for_images",
    "k": "c",
    "h": "classes/additional_information_required_for_images.html",
    "d": ""
  },
  {
    "t": "Study instance UID",
    "n": "study_instance_uid",
    "k": "e",
    "h": "classes/additional_information_required_for_images.html#el-study_instance_uid",
    "d": "Additional information required for images"
  },
  {
    "t": "Accession number",
    "n": "accession_number",
    "k": "e",
    "h": "classes/additional_information_required_for_images.html#el-accession_number",
    "d": "Additional information required for images"
  },
  {
    "t": "Modality",
    "n": "modality",
    "k": "e",
    "h": "classes/additional_information_required_for_images.html#el-modality",
    "d": "Additional information required for images"
  },
  {
    "t": "Body site",
    "n": "body_site",
    "k": "e",
    "h": "classes/additional_information_required_for_images.html#el-body_site",
    "d": "Additional information required for images"
  },
  {
    "t": "Acquisition date and time",
    "n": "acquisition_date_time",
    "k": "e",
    "h": "classes/additional_information_required_for_images.html#el-acquisition_date_time",
    "d": "Additional information required for images"
  },
  {
    "t": "Admission details",
    "n": "admission_details",
    "k": "c",
    "h": "classes/admission_details.html",
    "d": ""
  },
  {
    "t": "Admission type",
    "n": "admission_type",
    "k": "e",
    "h": "classes/admission_details.html#el-admission_type",
    "d": "Admission details"
  },
  {
    "t": "Reason for admission",
    "n": "reason_for_admission",
    "k": "e",
    "h": "classes/admission_details.html#el-reason_for_admission",
    "d": "Admission details"
  },
  {
    "t": "Admitted from",
    "n": "admitted_from",
    "k": "e",
    "h": "classes/admission_details.html#el-admitted_from",
    "d": "Admission details"
  },
  {
    "t": "Planned end date",
    "n": "planned_end_date",
    "k": "e",
    "h": "classes/admission_details.html#el-planned_end_date",
    "d": "Admission details"
  },
  {
    "t": "Referral",
    "n": "referral",
    "k": "e",
    "h": "classes/admission_details.html#el-referral",
    "d": "Admission details"
  },
  {
    "t": "Funded by",
    "n": "funded_by",
    "k": "e",
    "h": "classes/admission_details.html#el-funded_by",
    "d": "Admission details"
  },
  {
    "t": "Discharge details",
    "n": "discharge_details",
    "k": "c",
    "h": "classes/discharge_details.html",
    "d": ""
  },
  {
    "t": "Admission",
    "n": "admission",
    "k": "e",
    "h": "classes/discharge_details.html#el-admission",
    "d": "Discharge details"
  },
  {
    "t": "Discharge reason",
    "n": "discharge_reason",
    "k": "e",
    "h": "classes/discharge_details.html#el-discharge_reason",
    "d": "Discharge details"
  },
  {
    "t": "Discharge destination",
    "n": "discharge_destination",
    "k": "e",
    "h": "classes/discharge_details.html#el-discharge_destination",
    "d": "Discharge details"
  },
  {
    "t": "Transfer of care",
    "n": "transfer_of_care",
    "k": "e",
    "h": "classes/discharge_details.html#el-transfer_of_care",
    "d": "Discharge details"
  },
  {
    "t": "Discharge summary",
    "n": "discharge_summary",
    "k": "e",
    "h": "classes/discharge_details.html#el-discharge_summary",
    "d": "Discharge details"
  },
  {
    "t": "Comments",
    "n": "comments",
    "k": "e",
    "h": "classes/discharge_details.html#el-comments",
    "d": "Discharge details"
  },
  {
    "t": "Occupancy",
    "n": "occupancy",
    "k": "c",
    "h": "classes/occupancy.html",
    "d": ""
  },
  {
    "t": "Service provider",
    "n": "service_provider",
    "k": "e",
    "h": "classes/occupancy.html#el-service_provider",
    "d": "Occupancy"
  },
  {
    "t": "Location",
    "n": "location",
    "k": "e",
    "h": "classes/occupancy.html#el-location",
    "d": "Occupancy"
  },
  {
    "t": "Bed or room",
    "n": "bed_or_room",
    "k": "e",
    "h": "classes/occupancy.html#el-bed_or_room",
    "d": "Occupancy"
  },
  {
    "t": "Occupancy status",
    "n": "occupancy_status",
    "k": "e",
    "h": "classes/occupancy.html#el-occupancy_status",
    "d": "Occupancy"
  },
  {
    "t": "Subject of care",
    "n": "subject_of_care",
    "k": "e",
    "h": "classes/occupancy.html#el-subject_of_care",
    "d": "Occupancy"
  },
  {
    "t": "Start date and time",
    "n": "start_date_time",
    "k": "e",
    "h": "classes/occupancy.html#el-start_date_time",
    "d": "Occupancy"
  },
  {
    "t": "End date and time",
    "n": "end_date_time",
    "k": "e",
    "h": "classes/occupancy.html#el-end_date_time",
    "d": "Occupancy"
  },
  {
    "t": "Admission",
    "n": "admission",
    "k": "e",
    "h": "classes/occupancy.html#el-admission",
    "d": "Occupancy"
  },
  {
    "t": "Review",
    "n": "review",
    "k": "c",
    "h": "classes/review.html",
    "d": ""
  },
  {
    "t": "Subject of care",
    "n": "subject_of_care",
    "k": "e",
    "h": "classes/review.html#el-subject_of_care",
    "d": "Review"
  },
  {
    "t": "Scheduled by",
    "n": "scheduled_by",
    "k": "e",
    "h": "classes/review.html#el-scheduled_by",
    "d": "Review"
  },
  {
    "t": "Assessment",
    "n": "assessment",
    "k": "e",
    "h": "classes/review.html#el-assessment",
    "d": "Review"
  },
  {
    "t": "Instruction",
    "n": "instruction",
    "k": "e",
    "h": "classes/review.html#el-instruction",
    "d": "Review"
  },
  {
    "t": "Action",
    "n": "action",
    "k": "e",
    "h": "classes/review.html#el-action",
    "d": "Review"
  },
  {
    "t": "Activity",
    "n": "activity",
    "k": "e",
    "h": "classes/review.html#el-activity",
    "d": "Review"
  },
  {
    "t": "Care plan",
    "n": "care_plan",
    "k": "e",
    "h": "classes/review.html#el-care_plan",
    "d": "Review"
  },
  {
    "t": "Due date",
    "n": "due_date",
    "k": "e",
    "h": "classes/review.html#el-due_date",
    "d": "Review"
  },
  {
    "t": "Review status",
    "n": "review_status",
    "k": "e",
    "h": "classes/review.html#el-review_status",
    "d": "Review"
  },
  {
    "t": "Date held",
    "n": "date_held",
    "k": "e",
    "h": "classes/review.html#el-date_held",
    "d": "Review"
  },
  {
    "t": "Outcome",
    "n": "outcome",
    "k": "e",
    "h": "classes/review.html#el-outcome",
    "d": "Review"
  },
  {
    "t": "Preference",
    "n": "preference",
    "k": "c",
    "h": "classes/preference.html",
    "d": ""
  },
  {
    "t": "Free text",
    "n": "free_text",
    "k": "e",
    "h": "classes/preference.html#el-free_text",
    "d": "Preference"
  },
  {
    "t": "Subject of care",
    "n": "subject_of_care",
    "k": "e",
    "h": "classes/preference.html#el-subject_of_care",
    "d": "Preference"
  },
  {
    "t": "Date",
    "n": "date",
    "k": "e",
    "h": "classes/preference.html#el-date",
    "d": "Preference"
  },
  {
    "t": "Location",
    "n": "location",
    "k": "e",
    "h": "classes/preference.html#el-location",
    "d": "Preference"
  },
  {
    "t": "Care actor",
    "n": "care_actor",
    "k": "e",
    "h": "classes/preference.html#el-care_actor",
    "d": "Preference"
  },
  {
    "t": "Time",
    "n": "time",
    "k": "e",
    "h": "classes/preference.html#el-time",
    "d": "Preference"
  },
  {
    "t": "Coding",
    "n": "code",
    "k": "e",
    "h": "classes/preference.html#el-code",
    "d": "Preference"
  },
  {
    "t": "Alert",
    "n": "alert",
    "k": "c",
    "h": "classes/alert.html",
    "d": ""
  },
  {
    "t": "Free text",
    "n": "free_text",
    "k": "e",
    "h": "classes/alert.html#el-free_text",
    "d": "Alert"
  },
  {
    "t": "Location",
    "n": "location",
    "k": "e",
    "h": "classes/alert.html#el-location",
    "d": "Alert"
  },
  {
    "t": "Alert start date",
    "n": "alert_start_date",
    "k": "e",
    "h": "classes/alert.html#el-alert_start_date",
    "d": "Alert"
  },
  {
    "t": "Alert end date",
    "n": "alert_end_date",
    "k": "e",
    "h": "classes/alert.html#el-alert_end_date",
    "d": "Alert"
  },
  {
    "t": "Coded value",
    "n": "coded_value",
    "k": "e",
    "h": "classes/alert.html#el-coded_value",
    "d": "Alert"
  },
  {
    "t": "Status",
    "n": "status",
    "k": "e",
    "h": "classes/alert.html#el-status",
    "d": "Alert"
  },
  {
    "t": "Alert category",
    "n": "alert_category",
    "k": "e",
    "h": "classes/alert.html#el-alert_category",
    "d": "Alert"
  },
  {
    "t": "Involved",
    "n": "involved",
    "k": "e",
    "h": "classes/alert.html#el-involved",
    "d": "Alert"
  },
  {
    "t": "Informed",
    "n": "informed",
    "k": "e",
    "h": "classes/alert.html#el-informed",
    "d": "Alert"
  },
  {
    "t": "Subject",
    "n": "subject",
    "k": "e",
    "h": "classes/alert.html#el-subject",
    "d": "Alert"
  },
  {
    "t": "Risk",
    "n": "risk",
    "k": "c",
    "h": "classes/risk.html",
    "d": ""
  },
  {
    "t": "Start date of risk",
    "n": "start_date_of_risk",
    "k": "e",
    "h": "classes/risk.html#el-start_date_of_risk",
    "d": "Risk"
  },
  {
    "t": "End date of risk",
    "n": "end_date_of_risk",
    "k": "e",
    "h": "classes/risk.html#el-end_date_of_risk",
    "d": "Risk"
  },
  {
    "t": "Risk category",
    "n": "risk_category",
    "k": "e",
    "h": "classes/risk.html#el-risk_category",
    "d": "Risk"
  },
  {
    "t": "Free text",
    "n": "free_text",
    "k": "e",
    "h": "classes/risk.html#el-free_text",
    "d": "Risk"
  },
  {
    "t": "Comment",
    "n": "comment",
    "k": "e",
    "h": "classes/risk.html#el-comment",
    "d": "Risk"
  },
  {
    "t": "Subject of care",
    "n": "subject_of_care",
    "k": "e",
    "h": "classes/risk.html#el-subject_of_care",
    "d": "Risk"
  },
  {
    "t": "Care worker",
    "n": "care_worker",
    "k": "e",
    "h": "classes/risk.html#el-care_worker",
    "d": "Risk"
  },
  {
    "t": "Risk location",
    "n": "risk_location",
    "k": "e",
    "h": "classes/risk.html#el-risk_location",
    "d": "Risk"
  },
  {
    "t": "Informed",
    "n": "informed",
    "k": "e",
    "h": "classes/risk.html#el-informed",
    "d": "Risk"
  },
  {
    "t": "Trigger factors",
    "n": "trigger_factors",
    "k": "e",
    "h": "classes/risk.html#el-trigger_factors",
    "d": "Risk"
  },
  {
    "t": "Relapse indicators",
    "n": "relapse_indicators",
    "k": "e",
    "h": "classes/risk.html#el-relapse_indicators",
    "d": "Risk"
  },
  {
    "t": "Trigger factors",
    "n": "trigger_factors",
    "k": "c",
    "h": "classes/trigger_factors.html",
    "d": ""
  },
  {
    "t": "trigger",
    "n": "trigger",
    "k": "e",
    "h": "classes/trigger_factors.html#el-trigger",
    "d": "Trigger factors"
  },
  {
    "t": "Date identified",
    "n": "date_identified",
    "k": "e",
    "h": "classes/trigger_factors.html#el-date_identified",
    "d": "Trigger factors"
  },
  {
    "t": "Action to take",
    "n": "action_to_take",
    "k": "e",
    "h": "classes/trigger_factors.html#el-action_to_take",
    "d": "Trigger factors"
  },
  {
    "t": "Relapse indicators",
    "n": "relapse_indicators",
    "k": "c",
    "h": "classes/relapse_indicators.html",
    "d": ""
  },
  {
    "t": "relapseIndicators",
    "n": "relapse_indicators",
    "k": "e",
    "h": "classes/relapse_indicators.html#el-relapse_indicators",
    "d": "Relapse indicators"
  },
  {
    "t": "Date identified",
    "n": "date_identified",
    "k": "e",
    "h": "classes/relapse_indicators.html#el-date_identified",
    "d": "Relapse indicators"
  },
  {
    "t": "Action to take",
    "n": "action_to_take",
    "k": "e",
    "h": "classes/relapse_indicators.html#el-action_to_take",
    "d": "Relapse indicators"
  },
  {
    "t": "Incident",
    "n": "incident",
    "k": "c",
    "h": "classes/incident.html",
    "d": ""
  },
  {
    "t": "Description",
    "n": "description",
    "k": "e",
    "h": "classes/incident.html#el-description",
    "d": "Incident"
  },
  {
    "t": "Additional information",
    "n": "additional_information",
    "k": "e",
    "h": "classes/incident.html#el-additional_information",
    "d": "Incident"
  },
  {
    "t": "Instruction",
    "n": "instruction",
    "k": "e",
    "h": "classes/incident.html#el-instruction",
    "d": "Incident"
  },
  {
    "t": "Date",
    "n": "date",
    "k": "e",
    "h": "classes/incident.html#el-date",
    "d": "Incident"
  },
  {
    "t": "Location",
    "n": "location",
    "k": "e",
    "h": "classes/incident.html#el-location",
    "d": "Incident"
  },
  {
    "t": "Involved",
    "n": "involved",
    "k": "e",
    "h": "classes/incident.html#el-involved",
    "d": "Incident"
  },
  {
    "t": "Service provider",
    "n": "service_provider",
    "k": "e",
    "h": "classes/incident.html#el-service_provider",
    "d": "Incident"
  },
  {
    "t": "Informed",
    "n": "informed",
    "k": "e",
    "h": "classes/incident.html#el-informed",
    "d": "Incident"
  },
  {
    "t": "Location of document",
    "n": "location_of_document",
    "k": "e",
    "h": "classes/incident.html#el-location_of_document",
    "d": "Incident"
  },
  {
    "t": "Care actor",
    "n": "care_actor",
    "k": "e",
    "h": "classes/incident.html#el-care_actor",
    "d": "Incident"
  },
  {
    "t": "Subject of care",
    "n": "subject_of_care",
    "k": "e",
    "h": "classes/incident.html#el-subject_of_care",
    "d": "Incident"
  },
  {
    "t": "Coding",
    "n": "incident_type",
    "k": "e",
    "h": "classes/incident.html#el-incident_type",
    "d": "Incident"
  },
  {
    "t": "Investigation result",
    "n": "investigation_result",
    "k": "c",
    "h": "classes/investigation_result.html",
    "d": ""
  },
  {
    "t": "Subject of care",
    "n": "subject_of_care",
    "k": "e",
    "h": "classes/investigation_result.html#el-subject_of_care",
    "d": "Investigation result"
  },
  {
    "t": "Date",
    "n": "date",
    "k": "e",
    "h": "classes/investigation_result.html#el-date",
    "d": "Investigation result"
  },
  {
    "t": "Location",
    "n": "location",
    "k": "e",
    "h": "classes/investigation_result.html#el-location",
    "d": "Investigation result"
  },
  {
    "t": "Care actor",
    "n": "care_actor",
    "k": "e",
    "h": "classes/investigation_result.html#el-care_actor",
    "d": "Investigation result"
  },
  {
    "t": "Investigation",
    "n": "investigation",
    "k": "e",
    "h": "classes/investigation_result.html#el-investigation",
    "d": "Investigation result"
  },
  {
    "t": "Investigation result",
    "n": "result",
    "k": "e",
    "h": "classes/investigation_result.html#el-result",
    "d": "Investigation result"
  },
  {
    "t": "Structured investigation result",
    "n": "structured_result",
    "k": "e",
    "h": "classes/investigation_result.html#el-structured_result",
    "d": "Investigation result"
  },
  {
    "t": "Investigation",
    "n": "investigation",
    "k": "c",
    "h": "classes/investigation.html",
    "d": ""
  },
  {
    "t": "Investigation name",
    "n": "investigation_name",
    "k": "e",
    "h": "classes/investigation.html#el-investigation_name",
    "d": "Investigation"
  },
  {
    "t": "Investigation code",
    "n": "investigation_code",
    "k": "e",
    "h": "classes/investigation.html#el-investigation_code",
    "d": "Investigation"
  },
  {
    "t": "Specimen",
    "n": "specimen",
    "k": "e",
    "h": "classes/investigation.html#el-specimen",
    "d": "Investigation"
  },
  {
    "t": "Date performed",
    "n": "date_performed",
    "k": "e",
    "h": "classes/investigation.html#el-date_performed",
    "d": "Investigation"
  },
  {
    "t": "Requested by",
    "n": "requested_by",
    "k": "e",
    "h": "classes/investigation.html#el-requested_by",
    "d": "Investigation"
  },
  {
    "t": "Investigation result",
    "n": "investigation_result_detail",
    "k": "c",
    "h": "classes/investigation_result_detail.html",
    "d": ""
  },
  {
    "t": "Result",
    "n": "result_text",
    "k": "e",
    "h": "classes/investigation_result_detail.html#el-result_text",
    "d": "Investigation result"
  },
  {
    "t": "Status",
    "n": "status",
    "k": "e",
    "h": "classes/investigation_result_detail.html#el-status",
    "d": "Investigation result"
  },
  {
    "t": "Date issued",
    "n": "date_issued",
    "k": "e",
    "h": "classes/investigation_result_detail.html#el-date_issued",
    "d": "Investigation result"
  },
  {
    "t": "Comment",
    "n": "comment",
    "k": "e",
    "h": "classes/investigation_result_detail.html#el-comment",
    "d": "Investigation result"
  },
  {
    "t": "Report",
    "n": "report",
    "k": "e",
    "h": "classes/investigation_result_detail.html#el-report",
    "d": "Investigation result"
  },
  {
    "t": "Structured investigation result",
    "n": "structured_investigation_result",
    "k": "c",
    "h": "classes/structured_investigation_result.html",
    "d": ""
  },
  {
    "t": "Test name",
    "n": "test_name",
    "k": "e",
    "h": "classes/structured_investigation_result.html#el-test_name",
    "d": "Structured investigation result"
  },
  {
    "t": "Test code",
    "n": "test_code",
    "k": "e",
    "h": "classes/structured_investigation_result.html#el-test_code",
    "d": "Structured investigation result"
  },
  {
    "t": "Numeric value",
    "n": "numeric_value",
    "k": "e",
    "h": "classes/structured_investigation_result.html#el-numeric_value",
    "d": "Structured investigation result"
  },
  {
    "t": "Unit",
    "n": "unit",
    "k": "e",
    "h": "classes/structured_investigation_result.html#el-unit",
    "d": "Structured investigation result"
  },
  {
    "t": "Text value",
    "n": "text_value",
    "k": "e",
    "h": "classes/structured_investigation_result.html#el-text_value",
    "d": "Structured investigation result"
  },
  {
    "t": "Reference range",
    "n": "reference_range",
    "k": "e",
    "h": "classes/structured_investigation_result.html#el-reference_range",
    "d": "Structured investigation result"
  },
  {
    "t": "Problem",
    "n": "problem",
    "k": "c",
    "h": "classes/problem.html",
    "d": ""
  },
  {
    "t": "Problem",
    "n": "problem",
    "k": "e",
    "h": "classes/problem.html#el-problem",
    "d": "Problem"
  },
  {
    "t": "Description",
    "n": "description",
    "k": "e",
    "h": "classes/problem.html#el-description",
    "d": "Problem"
  },
  {
    "t": "Clinical status",
    "n": "clinical_status",
    "k": "e",
    "h": "classes/problem.html#el-clinical_status",
    "d": "Problem"
  },
  {
    "t": "Onset date",
    "n": "onset_date",
    "k": "e",
    "h": "classes/problem.html#el-onset_date",
    "d": "Problem"
  },
  {
    "t": "Resolved date",
    "n": "resolved_date",
    "k": "e",
    "h": "classes/problem.html#el-resolved_date",
    "d": "Problem"
  },
  {
    "t": "Comment",
    "n": "comment",
    "k": "e",
    "h": "classes/problem.html#el-comment",
    "d": "Problem"
  },
  {
    "t": "Allergies",
    "n": "allergies",
    "k": "c",
    "h": "classes/allergies.html",
    "d": ""
  },
  {
    "t": "type",
    "n": "type",
    "k": "e",
    "h": "classes/allergies.html#el-type",
    "d": "Allergies"
  },
  {
    "t": "causativeAgent",
    "n": "causative_agent",
    "k": "e",
    "h": "classes/allergies.html#el-causative_agent",
    "d": "Allergies"
  },
  {
    "t": "Reaction description",
    "n": "reaction_description",
    "k": "e",
    "h": "classes/allergies.html#el-reaction_description",
    "d": "Allergies"
  },
  {
    "t": "Severity",
    "n": "severity",
    "k": "e",
    "h": "classes/allergies.html#el-severity",
    "d": "Allergies"
  },
  {
    "t": "Clinical status",
    "n": "clinical_status",
    "k": "e",
    "h": "classes/allergies.html#el-clinical_status",
    "d": "Allergies"
  },
  {
    "t": "Onset date",
    "n": "onset_date",
    "k": "e",
    "h": "classes/allergies.html#el-onset_date",
    "d": "Allergies"
  },
  {
    "t": "Comment",
    "n": "comment",
    "k": "e",
    "h": "classes/allergies.html#el-comment",
    "d": "Allergies"
  },
  {
    "t": "Outcome",
    "n": "outcome",
    "k": "c",
    "h": "classes/outcome.html",
    "d": ""
  },
  {
    "t": "Description",
    "n": "description",
    "k": "e",
    "h": "classes/outcome.html#el-description",
    "d": "Outcome"
  },
  {
    "t": "Achievement",
    "n": "achievement",
    "k": "e",
    "h": "classes/outcome.html#el-achievement",
    "d": "Outcome"
  },
  {
    "t": "Eligibility outcome",
    "n": "eligibility_outcome",
    "k": "e",
    "h": "classes/outcome.html#el-eligibility_outcome",
    "d": "Outcome"
  },
  {
    "t": "Goal",
    "n": "goal",
    "k": "e",
    "h": "classes/outcome.html#el-goal",
    "d": "Outcome"
  },
  {
    "t": "Action",
    "n": "action",
    "k": "e",
    "h": "classes/outcome.html#el-action",
    "d": "Outcome"
  },
  {
    "t": "Safeguarding concern",
    "n": "safeguarding_concern",
    "k": "c",
    "h": "classes/safeguarding_concern.html",
    "d": ""
  },
  {
    "t": "coding",
    "n": "coding",
    "k": "e",
    "h": "classes/safeguarding_concern.html#el-coding",
    "d": "Safeguarding concern"
  },
  {
    "t": "identifiedDateTime",
    "n": "identified_date_time",
    "k": "e",
    "h": "classes/safeguarding_concern.html#el-identified_date_time",
    "d": "Safeguarding concern"
  },
  {
    "t": "endedDateTime",
    "n": "ended_date_time",
    "k": "e",
    "h": "classes/safeguarding_concern.html#el-ended_date_time",
    "d": "Safeguarding concern"
  },
  {
    "t": "gpInformed",
    "n": "gp_informed",
    "k": "e",
    "h": "classes/safeguarding_concern.html#el-gp_informed",
    "d": "Safeguarding concern"
  },
  {
    "t": "Description",
    "n": "description",
    "k": "e",
    "h": "classes/safeguarding_concern.html#el-description",
    "d": "Safeguarding concern"
  },
  {
    "t": "Details withheld",
    "n": "details_withheld",
    "k": "e",
    "h": "classes/safeguarding_concern.html#el-details_withheld",
    "d": "Safeguarding concern"
  },
  {
    "t": "Enquiry contact",
    "n": "enquiry_contact",
    "k": "e",
    "h": "classes/safeguarding_concern.html#el-enquiry_contact",
    "d": "Safeguarding concern"
  },
  {
    "t": "Need",
    "n": "need",
    "k": "c",
    "h": "classes/need.html",
    "d": ""
  },
  {
    "t": "Description",
    "n": "description",
    "k": "e",
    "h": "classes/need.html#el-description",
    "d": "Need"
  },
  {
    "t": "Need type",
    "n": "need_type",
    "k": "e",
    "h": "classes/need.html#el-need_type",
    "d": "Need"
  },
  {
    "t": "Eligibility outcome",
    "n": "eligibility_outcome",
    "k": "e",
    "h": "classes/need.html#el-eligibility_outcome",
    "d": "Need"
  },
  {
    "t": "Significance",
    "n": "significance",
    "k": "e",
    "h": "classes/need.html#el-significance",
    "d": "Need"
  },
  {
    "t": "Urgency",
    "n": "urgency",
    "k": "e",
    "h": "classes/need.html#el-urgency",
    "d": "Need"
  },
  {
    "t": "Related problem",
    "n": "related_problem",
    "k": "e",
    "h": "classes/need.html#el-related_problem",
    "d": "Need"
  },
  {
    "t": "Strength",
    "n": "strength",
    "k": "c",
    "h": "classes/strength.html",
    "d": ""
  },
  {
    "t": "Description",
    "n": "description",
    "k": "e",
    "h": "classes/strength.html#el-description",
    "d": "Strength"
  },
  {
    "t": "Strength type",
    "n": "strength_type",
    "k": "e",
    "h": "classes/strength.html#el-strength_type",
    "d": "Strength"
  },
  {
    "t": "How it helps",
    "n": "how_it_helps",
    "k": "e",
    "h": "classes/strength.html#el-how_it_helps",
    "d": "Strength"
  },
  {
    "t": "Related need",
    "n": "related_need",
    "k": "e",
    "h": "classes/strength.html#el-related_need",
    "d": "Strength"
  },
  {
    "t": "Circumstance",
    "n": "circumstance",
    "k": "c",
    "h": "classes/circumstance.html",
    "d": ""
  },
  {
    "t": "Description",
    "n": "description",
    "k": "e",
    "h": "classes/circumstance.html#el-description",
    "d": "Circumstance"
  },
  {
    "t": "Circumstance type",
    "n": "circumstance_type",
    "k": "e",
    "h": "classes/circumstance.html#el-circumstance_type",
    "d": "Circumstance"
  },
  {
    "t": "Start date",
    "n": "start_date",
    "k": "e",
    "h": "classes/circumstance.html#el-start_date",
    "d": "Circumstance"
  },
  {
    "t": "End date",
    "n": "end_date",
    "k": "e",
    "h": "classes/circumstance.html#el-end_date",
    "d": "Circumstance"
  },
  {
    "t": "Daily Living",
    "n": "daily_living",
    "k": "c",
    "h": "classes/daily_living.html",
    "d": ""
  },
  {
    "t": "coding",
    "n": "coding",
    "k": "e",
    "h": "classes/daily_living.html#el-coding",
    "d": "Daily Living"
  },
  {
    "t": "text",
    "n": "text",
    "k": "e",
    "h": "classes/daily_living.html#el-text",
    "d": "Daily Living"
  },
  {
    "t": "Level of independence",
    "n": "level_of_independence",
    "k": "e",
    "h": "classes/daily_living.html#el-level_of_independence",
    "d": "Daily Living"
  },
  {
    "t": "Support required",
    "n": "support_required",
    "k": "e",
    "h": "classes/daily_living.html#el-support_required",
    "d": "Daily Living"
  },
  {
    "t": "Wishes",
    "n": "wishes",
    "k": "c",
    "h": "classes/wishes.html",
    "d": ""
  },
  {
    "t": "Description",
    "n": "description",
    "k": "e",
    "h": "classes/wishes.html#el-description",
    "d": "Wishes"
  },
  {
    "t": "Topic",
    "n": "topic",
    "k": "e",
    "h": "classes/wishes.html#el-topic",
    "d": "Wishes"
  },
  {
    "t": "Expressed by",
    "n": "expressed_by",
    "k": "e",
    "h": "classes/wishes.html#el-expressed_by",
    "d": "Wishes"
  },
  {
    "t": "Advance statement",
    "n": "advance_statement",
    "k": "e",
    "h": "classes/wishes.html#el-advance_statement",
    "d": "Wishes"
  },
  {
    "t": "Environment",
    "n": "environment",
    "k": "c",
    "h": "classes/environment.html",
    "d": ""
  },
  {
    "t": "Description",
    "n": "description",
    "k": "e",
    "h": "classes/environment.html#el-description",
    "d": "Environment"
  },
  {
    "t": "Environment aspect",
    "n": "environment_aspect",
    "k": "e",
    "h": "classes/environment.html#el-environment_aspect",
    "d": "Environment"
  },
  {
    "t": "Hazard present",
    "n": "hazard_present",
    "k": "e",
    "h": "classes/environment.html#el-hazard_present",
    "d": "Environment"
  },
  {
    "t": "Adaptations",
    "n": "adaptations",
    "k": "e",
    "h": "classes/environment.html#el-adaptations",
    "d": "Environment"
  },
  {
    "t": "About Me",
    "n": "about_me",
    "k": "c",
    "h": "classes/about_me.html",
    "d": ""
  },
  {
    "t": "What matters to me",
    "n": "what_matters_to_me",
    "k": "e",
    "h": "classes/about_me.html#el-what_matters_to_me",
    "d": "About Me"
  },
  {
    "t": "People who are important to me",
    "n": "people_important_to_me",
    "k": "e",
    "h": "classes/about_me.html#el-people_important_to_me",
    "d": "About Me"
  },
  {
    "t": "How I communicate and how to communicate with me",
    "n": "how_to_communicate_with_me",
    "k": "e",
    "h": "classes/about_me.html#el-how_to_communicate_with_me",
    "d": "About Me"
  },
  {
    "t": "How and when to support me",
    "n": "how_and_when_to_support_me",
    "k": "e",
    "h": "classes/about_me.html#el-how_and_when_to_support_me",
    "d": "About Me"
  },
  {
    "t": "My wellness",
    "n": "my_wellness",
    "k": "e",
    "h": "classes/about_me.html#el-my_wellness",
    "d": "About Me"
  },
  {
    "t": "Also worth knowing about me",
    "n": "also_worth_knowing_about_me",
    "k": "e",
    "h": "classes/about_me.html#el-also_worth_knowing_about_me",
    "d": "About Me"
  },
  {
    "t": "Multimedia",
    "n": "multimedia",
    "k": "e",
    "h": "classes/about_me.html#el-multimedia",
    "d": "About Me"
  },
  {
    "t": "Service",
    "n": "service",
    "k": "c",
    "h": "classes/service.html",
    "d": ""
  },
  {
    "t": "Social care package name",
    "n": "social_care_package_name",
    "k": "e",
    "h": "classes/service.html#el-social_care_package_name",
    "d": "Service"
  },
  {
    "t": "Social care package type",
    "n": "social_care_package_type",
    "k": "e",
    "h": "classes/service.html#el-social_care_package_type",
    "d": "Service"
  },
  {
    "t": "Service start date",
    "n": "service_start_date",
    "k": "e",
    "h": "classes/service.html#el-service_start_date",
    "d": "Service"
  },
  {
    "t": "Service end date",
    "n": "service_end_date",
    "k": "e",
    "h": "classes/service.html#el-service_end_date",
    "d": "Service"
  },
  {
    "t": "Care funding source",
    "n": "care_funding_source",
    "k": "e",
    "h": "classes/service.html#el-care_funding_source",
    "d": "Service"
  },
  {
    "t": "Service type",
    "n": "service_type",
    "k": "e",
    "h": "classes/service.html#el-service_type",
    "d": "Service"
  },
  {
    "t": "Service description",
    "n": "service_description",
    "k": "e",
    "h": "classes/service.html#el-service_description",
    "d": "Service"
  },
  {
    "t": "Service schedule",
    "n": "service_schedule",
    "k": "e",
    "h": "classes/service.html#el-service_schedule",
    "d": "Service"
  },
  {
    "t": "Comment",
    "n": "comment",
    "k": "e",
    "h": "classes/service.html#el-comment",
    "d": "Service"
  },
  {
    "t": "Subject of care",
    "n": "subject_of_care",
    "k": "e",
    "h": "classes/service.html#el-subject_of_care",
    "d": "Service"
  },
  {
    "t": "Task",
    "n": "task",
    "k": "c",
    "h": "classes/task.html",
    "d": ""
  },
  {
    "t": "Status",
    "n": "status",
    "k": "e",
    "h": "classes/task.html#el-status",
    "d": "Task"
  },
  {
    "t": "Priority",
    "n": "priority",
    "k": "e",
    "h": "classes/task.html#el-priority",
    "d": "Task"
  },
  {
    "t": "Description",
    "n": "description",
    "k": "e",
    "h": "classes/task.html#el-description",
    "d": "Task"
  },
  {
    "t": "Comments",
    "n": "comments",
    "k": "e",
    "h": "classes/task.html#el-comments",
    "d": "Task"
  },
  {
    "t": "Intent",
    "n": "intent",
    "k": "e",
    "h": "classes/task.html#el-intent",
    "d": "Task"
  },
  {
    "t": "Subject of care",
    "n": "subject_of_care",
    "k": "e",
    "h": "classes/task.html#el-subject_of_care",
    "d": "Task"
  },
  {
    "t": "Instruction",
    "n": "instruction",
    "k": "e",
    "h": "classes/task.html#el-instruction",
    "d": "Task"
  },
  {
    "t": "Location",
    "n": "location",
    "k": "e",
    "h": "classes/task.html#el-location",
    "d": "Task"
  },
  {
    "t": "Responsible party",
    "n": "responsible_party",
    "k": "e",
    "h": "classes/task.html#el-responsible_party",
    "d": "Task"
  },
  {
    "t": "Related activities",
    "n": "related_activities",
    "k": "e",
    "h": "classes/task.html#el-related_activities",
    "d": "Task"
  },
  {
    "t": "Requested Period",
    "n": "requested_period",
    "k": "e",
    "h": "classes/task.html#el-requested_period",
    "d": "Task"
  },
  {
    "t": "Requested Period",
    "n": "requested_period",
    "k": "c",
    "h": "classes/requested_period.html",
    "d": ""
  },
  {
    "t": "Start",
    "n": "start",
    "k": "e",
    "h": "classes/requested_period.html#el-start",
    "d": "Requested Period"
  },
  {
    "t": "End",
    "n": "end",
    "k": "e",
    "h": "classes/requested_period.html#el-end",
    "d": "Requested Period"
  },
  {
    "t": "Referral",
    "n": "referral",
    "k": "c",
    "h": "classes/referral.html",
    "d": ""
  },
  {
    "t": "Subject of care",
    "n": "subject_of_care",
    "k": "e",
    "h": "classes/referral.html#el-subject_of_care",
    "d": "Referral"
  },
  {
    "t": "Date",
    "n": "date",
    "k": "e",
    "h": "classes/referral.html#el-date",
    "d": "Referral"
  },
  {
    "t": "Location",
    "n": "location",
    "k": "e",
    "h": "classes/referral.html#el-location",
    "d": "Referral"
  },
  {
    "t": "Care actor",
    "n": "care_actor",
    "k": "e",
    "h": "classes/referral.html#el-care_actor",
    "d": "Referral"
  },
  {
    "t": "Time",
    "n": "time",
    "k": "e",
    "h": "classes/referral.html#el-time",
    "d": "Referral"
  },
  {
    "t": "Status",
    "n": "status",
    "k": "e",
    "h": "classes/referral.html#el-status",
    "d": "Referral"
  },
  {
    "t": "Referral to",
    "n": "referral_to",
    "k": "e",
    "h": "classes/referral.html#el-referral_to",
    "d": "Referral"
  },
  {
    "t": "Clinical urgency of referral",
    "n": "clinical_urgency_of_referral",
    "k": "e",
    "h": "classes/referral.html#el-clinical_urgency_of_referral",
    "d": "Referral"
  },
  {
    "t": "Reason for referral",
    "n": "reason_for_referral",
    "k": "e",
    "h": "classes/referral.html#el-reason_for_referral",
    "d": "Referral"
  },
  {
    "t": "Referral to",
    "n": "referral_to",
    "k": "c",
    "h": "classes/referral_to.html",
    "d": ""
  },
  {
    "t": "Recipient",
    "n": "recipient",
    "k": "e",
    "h": "classes/referral_to.html#el-recipient",
    "d": "Referral to"
  },
  {
    "t": "Service type",
    "n": "service_type",
    "k": "e",
    "h": "classes/referral_to.html#el-service_type",
    "d": "Referral to"
  },
  {
    "t": "Description",
    "n": "description",
    "k": "e",
    "h": "classes/referral_to.html#el-description",
    "d": "Referral to"
  },
  {
    "t": "Clinical urgency of referral",
    "n": "clinical_urgency_of_referral",
    "k": "c",
    "h": "classes/clinical_urgency_of_referral.html",
    "d": ""
  },
  {
    "t": "Urgency",
    "n": "urgency",
    "k": "e",
    "h": "classes/clinical_urgency_of_referral.html#el-urgency",
    "d": "Clinical urgency of referral"
  },
  {
    "t": "Respond by",
    "n": "respond_by",
    "k": "e",
    "h": "classes/clinical_urgency_of_referral.html#el-respond_by",
    "d": "Clinical urgency of referral"
  },
  {
    "t": "Reason for urgency",
    "n": "reason_for_urgency",
    "k": "e",
    "h": "classes/clinical_urgency_of_referral.html#el-reason_for_urgency",
    "d": "Clinical urgency of referral"
  },
  {
    "t": "Reason for referral",
    "n": "reason_for_referral",
    "k": "c",
    "h": "classes/reason_for_referral.html",
    "d": ""
  },
  {
    "t": "Reason",
    "n": "reason",
    "k": "e",
    "h": "classes/reason_for_referral.html#el-reason",
    "d": "Reason for referral"
  },
  {
    "t": "Related observations",
    "n": "related_observations",
    "k": "e",
    "h": "classes/reason_for_referral.html#el-related_observations",
    "d": "Reason for referral"
  },
  {
    "t": "Communication",
    "n": "communication",
    "k": "c",
    "h": "classes/communication.html",
    "d": ""
  },
  {
    "t": "Date sent",
    "n": "date_sent",
    "k": "e",
    "h": "classes/communication.html#el-date_sent",
    "d": "Communication"
  },
  {
    "t": "Date received",
    "n": "date_received",
    "k": "e",
    "h": "classes/communication.html#el-date_received",
    "d": "Communication"
  },
  {
    "t": "Status",
    "n": "status",
    "k": "e",
    "h": "classes/communication.html#el-status",
    "d": "Communication"
  },
  {
    "t": "Comments",
    "n": "comments",
    "k": "e",
    "h": "classes/communication.html#el-comments",
    "d": "Communication"
  },
  {
    "t": "Priority",
    "n": "priority",
    "k": "e",
    "h": "classes/communication.html#el-priority",
    "d": "Communication"
  },
  {
    "t": "Medium",
    "n": "medium",
    "k": "e",
    "h": "classes/communication.html#el-medium",
    "d": "Communication"
  },
  {
    "t": "Sender",
    "n": "sender",
    "k": "e",
    "h": "classes/communication.html#el-sender",
    "d": "Communication"
  },
  {
    "t": "Recipient",
    "n": "recipient",
    "k": "e",
    "h": "classes/communication.html#el-recipient",
    "d": "Communication"
  },
  {
    "t": "Subject",
    "n": "subject",
    "k": "e",
    "h": "classes/communication.html#el-subject",
    "d": "Communication"
  },
  {
    "t": "Instruction",
    "n": "instruction",
    "k": "e",
    "h": "classes/communication.html#el-instruction",
    "d": "Communication"
  },
  {
    "t": "Vaccination",
    "n": "vaccination",
    "k": "c",
    "h": "classes/vaccination.html",
    "d": ""
  },
  {
    "t": "Subject of care",
    "n": "subject_of_care",
    "k": "e",
    "h": "classes/vaccination.html#el-subject_of_care",
    "d": "Vaccination"
  },
  {
    "t": "Location",
    "n": "location",
    "k": "e",
    "h": "classes/vaccination.html#el-location",
    "d": "Vaccination"
  },
  {
    "t": "Responsible party",
    "n": "responsible_party",
    "k": "e",
    "h": "classes/vaccination.html#el-responsible_party",
    "d": "Vaccination"
  },
  {
    "t": "Instruction",
    "n": "instruction",
    "k": "e",
    "h": "classes/vaccination.html#el-instruction",
    "d": "Vaccination"
  },
  {
    "t": "Vaccine",
    "n": "vaccine",
    "k": "e",
    "h": "classes/vaccination.html#el-vaccine",
    "d": "Vaccination"
  },
  {
    "t": "Vaccination date",
    "n": "vaccination_date",
    "k": "e",
    "h": "classes/vaccination.html#el-vaccination_date",
    "d": "Vaccination"
  },
  {
    "t": "Status",
    "n": "status",
    "k": "e",
    "h": "classes/vaccination.html#el-status",
    "d": "Vaccination"
  },
  {
    "t": "Batch number",
    "n": "batch_number",
    "k": "e",
    "h": "classes/vaccination.html#el-batch_number",
    "d": "Vaccination"
  },
  {
    "t": "Device",
    "n": "device",
    "k": "c",
    "h": "classes/device.html",
    "d": ""
  },
  {
    "t": "Subject of care",
    "n": "subject_of_care",
    "k": "e",
    "h": "classes/device.html#el-subject_of_care",
    "d": "Device"
  },
  {
    "t": "Location",
    "n": "location",
    "k": "e",
    "h": "classes/device.html#el-location",
    "d": "Device"
  },
  {
    "t": "Responsible party",
    "n": "responsible_party",
    "k": "e",
    "h": "classes/device.html#el-responsible_party",
    "d": "Device"
  },
  {
    "t": "Instruction",
    "n": "instruction",
    "k": "e",
    "h": "classes/device.html#el-instruction",
    "d": "Device"
  },
  {
    "t": "Device type",
    "n": "device_type",
    "k": "e",
    "h": "classes/device.html#el-device_type",
    "d": "Device"
  },
  {
    "t": "Description",
    "n": "description",
    "k": "e",
    "h": "classes/device.html#el-description",
    "d": "Device"
  },
  {
    "t": "Status",
    "n": "status",
    "k": "e",
    "h": "classes/device.html#el-status",
    "d": "Device"
  },
  {
    "t": "Start date",
    "n": "start_date",
    "k": "e",
    "h": "classes/device.html#el-start_date",
    "d": "Device"
  },
  {
    "t": "End date",
    "n": "end_date",
    "k": "e",
    "h": "classes/device.html#el-end_date",
    "d": "Device"
  },
  {
    "t": "Transfer of Care",
    "n": "transfer_of_care",
    "k": "c",
    "h": "classes/transfer_of_care.html",
    "d": ""
  },
  {
    "t": "Subject of care",
    "n": "subject_of_care",
    "k": "e",
    "h": "classes/transfer_of_care.html#el-subject_of_care",
    "d": "Transfer of Care"
  },
  {
    "t": "Location",
    "n": "location",
    "k": "e",
    "h": "classes/transfer_of_care.html#el-location",
    "d": "Transfer of Care"
  },
  {
    "t": "Responsible party",
    "n": "responsible_party",
    "k": "e",
    "h": "classes/transfer_of_care.html#el-responsible_party",
    "d": "Transfer of Care"
  },
  {
    "t": "Instruction",
    "n": "instruction",
    "k": "e",
    "h": "classes/transfer_of_care.html#el-instruction",
    "d": "Transfer of Care"
  },
  {
    "t": "Transfer type",
    "n": "transfer_type",
    "k": "e",
    "h": "classes/transfer_of_care.html#el-transfer_type",
    "d": "Transfer of Care"
  },
  {
    "t": "Status",
    "n": "status",
    "k": "e",
    "h": "classes/transfer_of_care.html#el-status",
    "d": "Transfer of Care"
  },
  {
    "t": "requestor",
    "n": "requestor",
    "k": "e",
    "h": "classes/transfer_of_care.html#el-requestor",
    "d": "Transfer of Care"
  },
  {
    "t": "requestedBy",
    "n": "requested_by",
    "k": "e",
    "h": "classes/transfer_of_care.html#el-requested_by",
    "d": "Transfer of Care"
  },
  {
    "t": "fulfiller",
    "n": "fulfiller",
    "k": "e",
    "h": "classes/transfer_of_care.html#el-fulfiller",
    "d": "Transfer of Care"
  },
  {
    "t": "fulfilledBy",
    "n": "fulfilled_by",
    "k": "e",
    "h": "classes/transfer_of_care.html#el-fulfilled_by",
    "d": "Transfer of Care"
  },
  {
    "t": "targetCompletion",
    "n": "target_completion",
    "k": "e",
    "h": "classes/transfer_of_care.html#el-target_completion",
    "d": "Transfer of Care"
  },
  {
    "t": "Reason",
    "n": "reason",
    "k": "e",
    "h": "classes/transfer_of_care.html#el-reason",
    "d": "Transfer of Care"
  },
  {
    "t": "Medication",
    "n": "medication",
    "k": "c",
    "h": "classes/medication.html",
    "d": ""
  },
  {
    "t": "Subject of care",
    "n": "subject_of_care",
    "k": "e",
    "h": "classes/medication.html#el-subject_of_care",
    "d": "Medication"
  },
  {
    "t": "Location",
    "n": "location",
    "k": "e",
    "h": "classes/medication.html#el-location",
    "d": "Medication"
  },
  {
    "t": "Responsible party",
    "n": "responsible_party",
    "k": "e",
    "h": "classes/medication.html#el-responsible_party",
    "d": "Medication"
  },
  {
    "t": "Instruction",
    "n": "instruction",
    "k": "e",
    "h": "classes/medication.html#el-instruction",
    "d": "Medication"
  },
  {
    "t": "Medication",
    "n": "medication",
    "k": "e",
    "h": "classes/medication.html#el-medication",
    "d": "Medication"
  },
  {
    "t": "Dose directions",
    "n": "dose_directions",
    "k": "e",
    "h": "classes/medication.html#el-dose_directions",
    "d": "Medication"
  },
  {
    "t": "Status",
    "n": "status",
    "k": "e",
    "h": "classes/medication.html#el-status",
    "d": "Medication"
  },
  {
    "t": "Support level",
    "n": "support_level",
    "k": "e",
    "h": "classes/medication.html#el-support_level",
    "d": "Medication"
  },
  {
    "t": "Start date",
    "n": "start_date",
    "k": "e",
    "h": "classes/medication.html#el-start_date",
    "d": "Medication"
  },
  {
    "t": "End date",
    "n": "end_date",
    "k": "e",
    "h": "classes/medication.html#el-end_date",
    "d": "Medication"
  },
  {
    "t": "Prescriber",
    "n": "prescriber",
    "k": "e",
    "h": "classes/medication.html#el-prescriber",
    "d": "Medication"
  },
  {
    "t": "Procedure",
    "n": "procedure",
    "k": "c",
    "h": "classes/procedure.html",
    "d": ""
  },
  {
    "t": "Subject of care",
    "n": "subject_of_care",
    "k": "e",
    "h": "classes/procedure.html#el-subject_of_care",
    "d": "Procedure"
  },
  {
    "t": "Location",
    "n": "location",
    "k": "e",
    "h": "classes/procedure.html#el-location",
    "d": "Procedure"
  },
  {
    "t": "Responsible party",
    "n": "responsible_party",
    "k": "e",
    "h": "classes/procedure.html#el-responsible_party",
    "d": "Procedure"
  },
  {
    "t": "Instruction",
    "n": "instruction",
    "k": "e",
    "h": "classes/procedure.html#el-instruction",
    "d": "Procedure"
  },
  {
    "t": "Procedure",
    "n": "procedure",
    "k": "e",
    "h": "classes/procedure.html#el-procedure",
    "d": "Procedure"
  },
  {
    "t": "Status",
    "n": "status",
    "k": "e",
    "h": "classes/procedure.html#el-status",
    "d": "Procedure"
  },
  {
    "t": "Performed date",
    "n": "performed_date",
    "k": "e",
    "h": "classes/procedure.html#el-performed_date",
    "d": "Procedure"
  },
  {
    "t": "Outcome",
    "n": "outcome",
    "k": "e",
    "h": "classes/procedure.html#el-outcome",
    "d": "Procedure"
  },
  {
    "t": "Mental capacity assessment",
    "n": "mental_capacity_assessment",
    "k": "c",
    "h": "classes/mental_capacity_assessment.html",
    "d": ""
  },
  {
    "t": "Mental capacity assessment",
    "n": "mental_capacity_assessment",
    "k": "e",
    "h": "classes/mental_capacity_assessment.html#el-mental_capacity_assessment",
    "d": "Mental capacity assessment"
  },
  {
    "t": "Location of document",
    "n": "location_of_document",
    "k": "e",
    "h": "classes/mental_capacity_assessment.html#el-location_of_document",
    "d": "Mental capacity assessment"
  },
  {
    "t": "Subject of care",
    "n": "subject_of_care",
    "k": "e",
    "h": "classes/mental_capacity_assessment.html#el-subject_of_care",
    "d": "Mental capacity assessment"
  },
  {
    "t": "Date",
    "n": "date",
    "k": "e",
    "h": "classes/mental_capacity_assessment.html#el-date",
    "d": "Mental capacity assessment"
  },
  {
    "t": "Location",
    "n": "location",
    "k": "e",
    "h": "classes/mental_capacity_assessment.html#el-location",
    "d": "Mental capacity assessment"
  },
  {
    "t": "Care actor",
    "n": "care_actor",
    "k": "e",
    "h": "classes/mental_capacity_assessment.html#el-care_actor",
    "d": "Mental capacity assessment"
  },
  {
    "t": "Time",
    "n": "time",
    "k": "e",
    "h": "classes/mental_capacity_assessment.html#el-time",
    "d": "Mental capacity assessment"
  },
  {
    "t": "Decision",
    "n": "decision",
    "k": "e",
    "h": "classes/mental_capacity_assessment.html#el-decision",
    "d": "Mental capacity assessment"
  },
  {
    "t": "Outcome",
    "n": "outcome",
    "k": "e",
    "h": "classes/mental_capacity_assessment.html#el-outcome",
    "d": "Mental capacity assessment"
  },
  {
    "t": "Best interests decision",
    "n": "best_interests_decision",
    "k": "e",
    "h": "classes/mental_capacity_assessment.html#el-best_interests_decision",
    "d": "Mental capacity assessment"
  },
  {
    "t": "Deprivation of liberty safeguards",
    "n": "deprivation_of_liberty_safeguards",
    "k": "e",
    "h": "classes/mental_capacity_assessment.html#el-deprivation_of_liberty_safeguards",
    "d": "Mental capacity assessment"
  },
  {
    "t": "Scheduled review",
    "n": "scheduled_review",
    "k": "e",
    "h": "classes/mental_capacity_assessment.html#el-scheduled_review",
    "d": "Mental capacity assessment"
  },
  {
    "t": "Care needs assessment",
    "n": "care_needs_assessment",
    "k": "c",
    "h": "classes/care_needs_assessment.html",
    "d": ""
  },
  {
    "t": "Assessed needs",
    "n": "assessed_needs",
    "k": "e",
    "h": "classes/care_needs_assessment.html#el-assessed_needs",
    "d": "Care needs assessment"
  },
  {
    "t": "Significance",
    "n": "significance",
    "k": "e",
    "h": "classes/care_needs_assessment.html#el-significance",
    "d": "Care needs assessment"
  },
  {
    "t": "Urgency",
    "n": "urgency",
    "k": "e",
    "h": "classes/care_needs_assessment.html#el-urgency",
    "d": "Care needs assessment"
  },
  {
    "t": "Related problems",
    "n": "related_problems",
    "k": "e",
    "h": "classes/care_needs_assessment.html#el-related_problems",
    "d": "Care needs assessment"
  },
  {
    "t": "Strengths, wishes and preferences",
    "n": "strengths_wishes_and_preferences",
    "k": "e",
    "h": "classes/care_needs_assessment.html#el-strengths_wishes_and_preferences",
    "d": "Care needs assessment"
  },
  {
    "t": "Proxy",
    "n": "proxy",
    "k": "e",
    "h": "classes/care_needs_assessment.html#el-proxy",
    "d": "Care needs assessment"
  },
  {
    "t": "Scheduled review",
    "n": "scheduled_review",
    "k": "e",
    "h": "classes/care_needs_assessment.html#el-scheduled_review",
    "d": "Care needs assessment"
  },
  {
    "t": "Risk assessment",
    "n": "risk_assessment",
    "k": "c",
    "h": "classes/risk_assessment.html",
    "d": ""
  },
  {
    "t": "Reason",
    "n": "reason",
    "k": "e",
    "h": "classes/risk_assessment.html#el-reason",
    "d": "Risk assessment"
  },
  {
    "t": "Risks",
    "n": "risks",
    "k": "e",
    "h": "classes/risk_assessment.html#el-risks",
    "d": "Risk assessment"
  },
  {
    "t": "Person understands risk",
    "n": "person_understands_risk",
    "k": "e",
    "h": "classes/risk_assessment.html#el-person_understands_risk",
    "d": "Risk assessment"
  },
  {
    "t": "Trigger factors",
    "n": "trigger_factors",
    "k": "e",
    "h": "classes/risk_assessment.html#el-trigger_factors",
    "d": "Risk assessment"
  },
  {
    "t": "Relapse indicators",
    "n": "relapse_indicators",
    "k": "e",
    "h": "classes/risk_assessment.html#el-relapse_indicators",
    "d": "Risk assessment"
  },
  {
    "t": "Informed",
    "n": "informed",
    "k": "e",
    "h": "classes/risk_assessment.html#el-informed",
    "d": "Risk assessment"
  },
  {
    "t": "Proxy",
    "n": "proxy",
    "k": "e",
    "h": "classes/risk_assessment.html#el-proxy",
    "d": "Risk assessment"
  },
  {
    "t": "Scheduled review",
    "n": "scheduled_review",
    "k": "e",
    "h": "classes/risk_assessment.html#el-scheduled_review",
    "d": "Risk assessment"
  },
  {
    "t": "Care plan",
    "n": "care_plan",
    "k": "c",
    "h": "classes/care_plan.html",
    "d": ""
  },
  {
    "t": "Description",
    "n": "description",
    "k": "e",
    "h": "classes/care_plan.html#el-description",
    "d": "Care plan"
  },
  {
    "t": "Status",
    "n": "status",
    "k": "e",
    "h": "classes/care_plan.html#el-status",
    "d": "Care plan"
  },
  {
    "t": "Addresses",
    "n": "addresses",
    "k": "e",
    "h": "classes/care_plan.html#el-addresses",
    "d": "Care plan"
  },
  {
    "t": "Goals",
    "n": "goals",
    "k": "e",
    "h": "classes/care_plan.html#el-goals",
    "d": "Care plan"
  },
  {
    "t": "Instructions",
    "n": "instructions",
    "k": "e",
    "h": "classes/care_plan.html#el-instructions",
    "d": "Care plan"
  },
  {
    "t": "Informed consent",
    "n": "informed_consent",
    "k": "e",
    "h": "classes/care_plan.html#el-informed_consent",
    "d": "Care plan"
  },
  {
    "t": "Person involved",
    "n": "person_involved",
    "k": "e",
    "h": "classes/care_plan.html#el-person_involved",
    "d": "Care plan"
  },
  {
    "t": "Review date",
    "n": "review_date",
    "k": "e",
    "h": "classes/care_plan.html#el-review_date",
    "d": "Care plan"
  },
  {
    "t": "Goal",
    "n": "goal",
    "k": "c",
    "h": "classes/goal.html",
    "d": ""
  },
  {
    "t": "Subject of care",
    "n": "subject_of_care",
    "k": "e",
    "h": "classes/goal.html#el-subject_of_care",
    "d": "Goal"
  },
  {
    "t": "Description",
    "n": "description",
    "k": "e",
    "h": "classes/goal.html#el-description",
    "d": "Goal"
  },
  {
    "t": "Status",
    "n": "status",
    "k": "e",
    "h": "classes/goal.html#el-status",
    "d": "Goal"
  },
  {
    "t": "Target date",
    "n": "target_date",
    "k": "e",
    "h": "classes/goal.html#el-target_date",
    "d": "Goal"
  },
  {
    "t": "Instruction",
    "n": "instruction",
    "k": "e",
    "h": "classes/goal.html#el-instruction",
    "d": "Goal"
  },
  {
    "t": "Addresses",
    "n": "addresses",
    "k": "e",
    "h": "classes/goal.html#el-addresses",
    "d": "Goal"
  },
  {
    "t": "Instruction",
    "n": "instruction",
    "k": "c",
    "h": "classes/instruction.html",
    "d": ""
  },
  {
    "t": "Subject of care",
    "n": "subject_of_care",
    "k": "e",
    "h": "classes/instruction.html#el-subject_of_care",
    "d": "Instruction"
  },
  {
    "t": "Description",
    "n": "description",
    "k": "e",
    "h": "classes/instruction.html#el-description",
    "d": "Instruction"
  },
  {
    "t": "Status",
    "n": "status",
    "k": "e",
    "h": "classes/instruction.html#el-status",
    "d": "Instruction"
  },
  {
    "t": "Activities",
    "n": "activities",
    "k": "e",
    "h": "classes/instruction.html#el-activities",
    "d": "Instruction"
  },
  {
    "t": "Schedule",
    "n": "schedule",
    "k": "e",
    "h": "classes/instruction.html#el-schedule",
    "d": "Instruction"
  },
  {
    "t": "Start date",
    "n": "start_date",
    "k": "e",
    "h": "classes/instruction.html#el-start_date",
    "d": "Instruction"
  },
  {
    "t": "End date",
    "n": "end_date",
    "k": "e",
    "h": "classes/instruction.html#el-end_date",
    "d": "Instruction"
  },
  {
    "t": "Responsible party",
    "n": "responsible_party",
    "k": "e",
    "h": "classes/instruction.html#el-responsible_party",
    "d": "Instruction"
  },
  {
    "t": "Action",
    "n": "action",
    "k": "c",
    "h": "classes/action.html",
    "d": ""
  },
  {
    "t": "Performed by",
    "n": "performed_by",
    "k": "e",
    "h": "classes/action.html#el-performed_by",
    "d": "Action"
  },
  {
    "t": "Activities",
    "n": "activities",
    "k": "e",
    "h": "classes/action.html#el-activities",
    "d": "Action"
  },
  {
    "t": "Visit",
    "n": "visit",
    "k": "e",
    "h": "classes/action.html#el-visit",
    "d": "Action"
  },
  {
    "t": "Observation",
    "n": "observation",
    "k": "e",
    "h": "classes/action.html#el-observation",
    "d": "Action"
  },
  {
    "t": "Outcome",
    "n": "outcome",
    "k": "e",
    "h": "classes/action.html#el-outcome",
    "d": "Action"
  },
  {
    "t": "Description",
    "n": "description",
    "k": "e",
    "h": "classes/action.html#el-description",
    "d": "Action"
  },
  {
    "t": "Visit",
    "n": "visit",
    "k": "c",
    "h": "classes/visit.html",
    "d": ""
  },
  {
    "t": "Subject of care",
    "n": "subject_of_care",
    "k": "e",
    "h": "classes/visit.html#el-subject_of_care",
    "d": "Visit"
  },
  {
    "t": "Location",
    "n": "location",
    "k": "e",
    "h": "classes/visit.html#el-location",
    "d": "Visit"
  },
  {
    "t": "Care actor",
    "n": "care_actor",
    "k": "e",
    "h": "classes/visit.html#el-care_actor",
    "d": "Visit"
  },
  {
    "t": "Status",
    "n": "status",
    "k": "e",
    "h": "classes/visit.html#el-status",
    "d": "Visit"
  },
  {
    "t": "Planned start",
    "n": "planned_start",
    "k": "e",
    "h": "classes/visit.html#el-planned_start",
    "d": "Visit"
  },
  {
    "t": "Planned end",
    "n": "planned_end",
    "k": "e",
    "h": "classes/visit.html#el-planned_end",
    "d": "Visit"
  },
  {
    "t": "Actual start",
    "n": "actual_start",
    "k": "e",
    "h": "classes/visit.html#el-actual_start",
    "d": "Visit"
  },
  {
    "t": "Actual end",
    "n": "actual_end",
    "k": "e",
    "h": "classes/visit.html#el-actual_end",
    "d": "Visit"
  },
  {
    "t": "Informed consent",
    "n": "informed_consent",
    "k": "c",
    "h": "classes/informed_consent.html",
    "d": ""
  },
  {
    "t": "Consent status",
    "n": "consent_status",
    "k": "e",
    "h": "classes/informed_consent.html#el-consent_status",
    "d": "Informed consent"
  },
  {
    "t": "Decision maker",
    "n": "decision_maker",
    "k": "e",
    "h": "classes/informed_consent.html#el-decision_maker",
    "d": "Informed consent"
  },
  {
    "t": "Proxy",
    "n": "proxy",
    "k": "e",
    "h": "classes/informed_consent.html#el-proxy",
    "d": "Informed consent"
  },
  {
    "t": "Consent category",
    "n": "consent_category",
    "k": "e",
    "h": "classes/informed_consent.html#el-consent_category",
    "d": "Informed consent"
  },
  {
    "t": "Care plan",
    "n": "care_plan",
    "k": "e",
    "h": "classes/informed_consent.html#el-care_plan",
    "d": "Informed consent"
  },
  {
    "t": "Scope description",
    "n": "scope_description",
    "k": "e",
    "h": "classes/informed_consent.html#el-scope_description",
    "d": "Informed consent"
  },
  {
    "t": "Capacity to consent",
    "n": "capacity_to_consent",
    "k": "e",
    "h": "classes/informed_consent.html#el-capacity_to_consent",
    "d": "Informed consent"
  },
  {
    "t": "Mental capacity assessment",
    "n": "mental_capacity_assessment",
    "k": "e",
    "h": "classes/informed_consent.html#el-mental_capacity_assessment",
    "d": "Informed consent"
  },
  {
    "t": "Lasting power of attorney",
    "n": "lasting_power_of_attorney",
    "k": "c",
    "h": "classes/lasting_power_of_attorney.html",
    "d": ""
  },
  {
    "t": "Subject of care",
    "n": "subject_of_care",
    "k": "e",
    "h": "classes/lasting_power_of_attorney.html#el-subject_of_care",
    "d": "Lasting power of attorney"
  },
  {
    "t": "Type of power of attorney",
    "n": "lpa_type",
    "k": "e",
    "h": "classes/lasting_power_of_attorney.html#el-lpa_type",
    "d": "Lasting power of attorney"
  },
  {
    "t": "Attorney",
    "n": "attorney",
    "k": "e",
    "h": "classes/lasting_power_of_attorney.html#el-attorney",
    "d": "Lasting power of attorney"
  },
  {
    "t": "Registration status",
    "n": "registration_status",
    "k": "e",
    "h": "classes/lasting_power_of_attorney.html#el-registration_status",
    "d": "Lasting power of attorney"
  },
  {
    "t": "Registration date",
    "n": "registration_date",
    "k": "e",
    "h": "classes/lasting_power_of_attorney.html#el-registration_date",
    "d": "Lasting power of attorney"
  },
  {
    "t": "Office of the Public Guardian reference",
    "n": "opg_reference",
    "k": "e",
    "h": "classes/lasting_power_of_attorney.html#el-opg_reference",
    "d": "Lasting power of attorney"
  },
  {
    "t": "Authority over life-sustaining treatment",
    "n": "life_sustaining_treatment_authority",
    "k": "e",
    "h": "classes/lasting_power_of_attorney.html#el-life_sustaining_treatment_authority",
    "d": "Lasting power of attorney"
  },
  {
    "t": "Location of document",
    "n": "location_of_document",
    "k": "e",
    "h": "classes/lasting_power_of_attorney.html#el-location_of_document",
    "d": "Lasting power of attorney"
  },
  {
    "t": "Deprivation of Liberty Safeguards (DoLS) or equivalent",
    "n": "deprivation_of_liberty_safeguards",
    "k": "c",
    "h": "classes/deprivation_of_liberty_safeguards.html",
    "d": ""
  },
  {
    "t": "Subject of care",
    "n": "subject_of_care",
    "k": "e",
    "h": "classes/deprivation_of_liberty_safeguards.html#el-subject_of_care",
    "d": "Deprivation of Liberty Safeguards (DoLS) or equivalent"
  },
  {
    "t": "Authorisation type",
    "n": "authorisation_type",
    "k": "e",
    "h": "classes/deprivation_of_liberty_safeguards.html#el-authorisation_type",
    "d": "Deprivation of Liberty Safeguards (DoLS) or equivalent"
  },
  {
    "t": "Authorisation status",
    "n": "authorisation_status",
    "k": "e",
    "h": "classes/deprivation_of_liberty_safeguards.html#el-authorisation_status",
    "d": "Deprivation of Liberty Safeguards (DoLS) or equivalent"
  },
  {
    "t": "Start date",
    "n": "start_date",
    "k": "e",
    "h": "classes/deprivation_of_liberty_safeguards.html#el-start_date",
    "d": "Deprivation of Liberty Safeguards (DoLS) or equivalent"
  },
  {
    "t": "End date",
    "n": "end_date",
    "k": "e",
    "h": "classes/deprivation_of_liberty_safeguards.html#el-end_date",
    "d": "Deprivation of Liberty Safeguards (DoLS) or equivalent"
  },
  {
    "t": "Supervisory body",
    "n": "supervisory_body",
    "k": "e",
    "h": "classes/deprivation_of_liberty_safeguards.html#el-supervisory_body",
    "d": "Deprivation of Liberty Safeguards (DoLS) or equivalent"
  },
  {
    "t": "Conditions",
    "n": "conditions",
    "k": "e",
    "h": "classes/deprivation_of_liberty_safeguards.html#el-conditions",
    "d": "Deprivation of Liberty Safeguards (DoLS) or equivalent"
  },
  {
    "t": "Relevant person's representative",
    "n": "relevant_persons_representative",
    "k": "e",
    "h": "classes/deprivation_of_liberty_safeguards.html#el-relevant_persons_representative",
    "d": "Deprivation of Liberty Safeguards (DoLS) or equivalent"
  },
  {
    "t": "Advance decision to refuse treatment (ADRT)",
    "n": "advance_decision_to_refuse_treatment",
    "k": "c",
    "h": "classes/advance_decision_to_refuse_treatment.html",
    "d": ""
  },
  {
    "t": "Treatments refused",
    "n": "treatments_refused",
    "k": "e",
    "h": "classes/advance_decision_to_refuse_treatment.html#el-treatments_refused",
    "d": "Advance decision to refuse treatment (ADRT)"
  },
  {
    "t": "Circumstances",
    "n": "circumstances",
    "k": "e",
    "h": "classes/advance_decision_to_refuse_treatment.html#el-circumstances",
    "d": "Advance decision to refuse treatment (ADRT)"
  },
  {
    "t": "Includes life-sustaining treatment",
    "n": "includes_life_sustaining_treatment",
    "k": "e",
    "h": "classes/advance_decision_to_refuse_treatment.html#el-includes_life_sustaining_treatment",
    "d": "Advance decision to refuse treatment (ADRT)"
  },
  {
    "t": "Life-sustaining formalities met",
    "n": "life_sustaining_formalities_met",
    "k": "e",
    "h": "classes/advance_decision_to_refuse_treatment.html#el-life_sustaining_formalities_met",
    "d": "Advance decision to refuse treatment (ADRT)"
  },
  {
    "t": "Decision status",
    "n": "decision_status",
    "k": "e",
    "h": "classes/advance_decision_to_refuse_treatment.html#el-decision_status",
    "d": "Advance decision to refuse treatment (ADRT)"
  },
  {
    "t": "Location of document",
    "n": "location_of_document",
    "k": "e",
    "h": "classes/advance_decision_to_refuse_treatment.html#el-location_of_document",
    "d": "Advance decision to refuse treatment (ADRT)"
  },
  {
    "t": "CPR decision",
    "n": "cpr_decision",
    "k": "c",
    "h": "classes/cpr_decision.html",
    "d": ""
  },
  {
    "t": "Decision",
    "n": "decision",
    "k": "e",
    "h": "classes/cpr_decision.html#el-decision",
    "d": "CPR decision"
  },
  {
    "t": "Form type",
    "n": "form_type",
    "k": "e",
    "h": "classes/cpr_decision.html#el-form_type",
    "d": "CPR decision"
  },
  {
    "t": "Reason",
    "n": "reason",
    "k": "e",
    "h": "classes/cpr_decision.html#el-reason",
    "d": "CPR decision"
  },
  {
    "t": "Discussed with subject of care",
    "n": "discussed_with_subject_of_care",
    "k": "e",
    "h": "classes/cpr_decision.html#el-discussed_with_subject_of_care",
    "d": "CPR decision"
  },
  {
    "t": "Discussed with",
    "n": "discussed_with",
    "k": "e",
    "h": "classes/cpr_decision.html#el-discussed_with",
    "d": "CPR decision"
  },
  {
    "t": "Reviewed by",
    "n": "reviewed_by",
    "k": "e",
    "h": "classes/cpr_decision.html#el-reviewed_by",
    "d": "CPR decision"
  },
  {
    "t": "Review date",
    "n": "review_date",
    "k": "e",
    "h": "classes/cpr_decision.html#el-review_date",
    "d": "CPR decision"
  },
  {
    "t": "Location of document",
    "n": "location_of_document",
    "k": "e",
    "h": "classes/cpr_decision.html#el-location_of_document",
    "d": "CPR decision"
  },
  {
    "t": "Advance statement",
    "n": "advance_statement",
    "k": "c",
    "h": "classes/advance_statement.html",
    "d": ""
  },
  {
    "t": "Statement",
    "n": "statement",
    "k": "e",
    "h": "classes/advance_statement.html#el-statement",
    "d": "Advance statement"
  },
  {
    "t": "Topic",
    "n": "topic",
    "k": "e",
    "h": "classes/advance_statement.html#el-topic",
    "d": "Advance statement"
  },
  {
    "t": "People to consult",
    "n": "people_to_consult",
    "k": "e",
    "h": "classes/advance_statement.html#el-people_to_consult",
    "d": "Advance statement"
  },
  {
    "t": "Related wishes",
    "n": "related_wishes",
    "k": "e",
    "h": "classes/advance_statement.html#el-related_wishes",
    "d": "Advance statement"
  },
  {
    "t": "Location of document",
    "n": "location_of_document",
    "k": "e",
    "h": "classes/advance_statement.html#el-location_of_document",
    "d": "Advance statement"
  },
  {
    "t": "Mental Health Act or equivalent",
    "n": "mental_health_act",
    "k": "c",
    "h": "classes/mental_health_act.html",
    "d": ""
  },
  {
    "t": "Subject of care",
    "n": "subject_of_care",
    "k": "e",
    "h": "classes/mental_health_act.html#el-subject_of_care",
    "d": "Mental Health Act or equivalent"
  },
  {
    "t": "Section",
    "n": "section",
    "k": "e",
    "h": "classes/mental_health_act.html#el-section",
    "d": "Mental Health Act or equivalent"
  },
  {
    "t": "Start date",
    "n": "start_date",
    "k": "e",
    "h": "classes/mental_health_act.html#el-start_date",
    "d": "Mental Health Act or equivalent"
  },
  {
    "t": "End date",
    "n": "end_date",
    "k": "e",
    "h": "classes/mental_health_act.html#el-end_date",
    "d": "Mental Health Act or equivalent"
  },
  {
    "t": "Responsible clinician",
    "n": "responsible_clinician",
    "k": "e",
    "h": "classes/mental_health_act.html#el-responsible_clinician",
    "d": "Mental Health Act or equivalent"
  },
  {
    "t": "Location",
    "n": "location",
    "k": "e",
    "h": "classes/mental_health_act.html#el-location",
    "d": "Mental Health Act or equivalent"
  },
  {
    "t": "Conditions",
    "n": "conditions",
    "k": "e",
    "h": "classes/mental_health_act.html#el-conditions",
    "d": "Mental Health Act or equivalent"
  },
  {
    "t": "Section 117 aftercare",
    "n": "section_117_aftercare",
    "k": "e",
    "h": "classes/mental_health_act.html#el-section_117_aftercare",
    "d": "Mental Health Act or equivalent"
  },
  {
    "t": "Created",
    "n": "created",
    "k": "v",
    "h": "value-sets.html#vs-change_type",
    "d": "Change type"
  },
  {
    "t": "Modified",
    "n": "modified",
    "k": "v",
    "h": "value-sets.html#vs-change_type",
    "d": "Change type"
  },
  {
    "t": "Completed",
    "n": "completed",
    "k": "v",
    "h": "value-sets.html#vs-change_type",
    "d": "Change type"
  },
  {
    "t": "Attested",
    "n": "attested",
    "k": "v",
    "h": "value-sets.html#vs-change_type",
    "d": "Change type"
  },
  {
    "t": "Entered in error",
    "n": "entered_in_error",
    "k": "v",
    "h": "value-sets.html#vs-change_type",
    "d": "Change type"
  },
  {
    "t": "Number present and verified",
    "n": "01",
    "k": "v",
    "h": "value-sets.html#vs-nhs_number_verification_status",
    "d": "NHS number verification status"
  },
  {
    "t": "Number present but not traced",
    "n": "02",
    "k": "v",
    "h": "value-sets.html#vs-nhs_number_verification_status",
    "d": "NHS number verification status"
  },
  {
    "t": "Trace required",
    "n": "03",
    "k": "v",
    "h": "value-sets.html#vs-nhs_number_verification_status",
    "d": "NHS number verification status"
  },
  {
    "t": "Trace attempted - No match or multiple match found",
    "n": "04",
    "k": "v",
    "h": "value-sets.html#vs-nhs_number_verification_status",
    "d": "NHS number verification status"
  },
  {
    "t": "Trace needs to be resolved - (NHS number or patient detail conflict)",
    "n": "05",
    "k": "v",
    "h": "value-sets.html#vs-nhs_number_verification_status",
    "d": "NHS number verification status"
  },
  {
    "t": "Trace in progress",
    "n": "06",
    "k": "v",
    "h": "value-sets.html#vs-nhs_number_verification_status",
    "d": "NHS number verification status"
  },
  {
    "t": "Number not present and trace not required",
    "n": "07",
    "k": "v",
    "h": "value-sets.html#vs-nhs_number_verification_status",
    "d": "NHS number verification status"
  },
  {
    "t": "Trace postponed (baby under six weeks old)",
    "n": "08",
    "k": "v",
    "h": "value-sets.html#vs-nhs_number_verification_status",
    "d": "NHS number verification status"
  },
  {
    "t": "White - British",
    "n": "A",
    "k": "v",
    "h": "value-sets.html#vs-ethnic_category",
    "d": "Ethnic category"
  },
  {
    "t": "White - Irish",
    "n": "B",
    "k": "v",
    "h": "value-sets.html#vs-ethnic_category",
    "d": "Ethnic category"
  },
  {
    "t": "White - Any other White background",
    "n": "C",
    "k": "v",
    "h": "value-sets.html#vs-ethnic_category",
    "d": "Ethnic category"
  },
  {
    "t": "Mixed - White and Black Caribbean",
    "n": "D",
    "k": "v",
    "h": "value-sets.html#vs-ethnic_category",
    "d": "Ethnic category"
  },
  {
    "t": "Mixed - White and Black African",
    "n": "E",
    "k": "v",
    "h": "value-sets.html#vs-ethnic_category",
    "d": "Ethnic category"
  },
  {
    "t": "Mixed - White and Asian",
    "n": "F",
    "k": "v",
    "h": "value-sets.html#vs-ethnic_category",
    "d": "Ethnic category"
  },
  {
    "t": "Mixed - Any other mixed background",
    "n": "G",
    "k": "v",
    "h": "value-sets.html#vs-ethnic_category",
    "d": "Ethnic category"
  },
  {
    "t": "Asian or Asian British - Indian",
    "n": "H",
    "k": "v",
    "h": "value-sets.html#vs-ethnic_category",
    "d": "Ethnic category"
  },
  {
    "t": "Asian or Asian British - Pakistani",
    "n": "J",
    "k": "v",
    "h": "value-sets.html#vs-ethnic_category",
    "d": "Ethnic category"
  },
  {
    "t": "Asian or Asian British - Bangladeshi",
    "n": "K",
    "k": "v",
    "h": "value-sets.html#vs-ethnic_category",
    "d": "Ethnic category"
  },
  {
    "t": "Asian or Asian British - Any other Asian background",
    "n": "L",
    "k": "v",
    "h": "value-sets.html#vs-ethnic_category",
    "d": "Ethnic category"
  },
  {
    "t": "Black or Black British - Caribbean",
    "n": "M",
    "k": "v",
    "h": "value-sets.html#vs-ethnic_category",
    "d": "Ethnic category"
  },
  {
    "t": "Black or Black British - African",
    "n": "N",
    "k": "v",
    "h": "value-sets.html#vs-ethnic_category",
    "d": "Ethnic category"
  },
  {
    "t": "Black or Black British - Any other Black background",
    "n": "P",
    "k": "v",
    "h": "value-sets.html#vs-ethnic_category",
    "d": "Ethnic category"
  },
  {
    "t": "Other Ethnic Groups - Chinese",
    "n": "R",
    "k": "v",
    "h": "value-sets.html#vs-ethnic_category",
    "d": "Ethnic category"
  },
  {
    "t": "Other Ethnic Groups - Any other ethnic group",
    "n": "S",
    "k": "v",
    "h": "value-sets.html#vs-ethnic_category",
    "d": "Ethnic category"
  },
  {
    "t": "Not stated",
    "n": "Z",
    "k": "v",
    "h": "value-sets.html#vs-ethnic_category",
    "d": "Ethnic category"
  },
  {
    "t": "Braille",
    "n": "q1",
    "k": "v",
    "h": "value-sets.html#vs-language",
    "d": "Language"
  },
  {
    "t": "American Sign Language",
    "n": "q2",
    "k": "v",
    "h": "value-sets.html#vs-language",
    "d": "Language"
  },
  {
    "t": "Australian Sign Language",
    "n": "q3",
    "k": "v",
    "h": "value-sets.html#vs-language",
    "d": "Language"
  },
  {
    "t": "British Sign Language",
    "n": "q4",
    "k": "v",
    "h": "value-sets.html#vs-language",
    "d": "Language"
  },
  {
    "t": "Makaton",
    "n": "q5",
    "k": "v",
    "h": "value-sets.html#vs-language",
    "d": "Language"
  },
  {
    "t": "Pregnant",
    "n": "pregnant",
    "k": "v",
    "h": "value-sets.html#vs-pregnancy_status",
    "d": "Pregnancy status"
  },
  {
    "t": "Not pregnant",
    "n": "not_pregnant",
    "k": "v",
    "h": "value-sets.html#vs-pregnancy_status",
    "d": "Pregnancy status"
  },
  {
    "t": "Not known",
    "n": "not_known",
    "k": "v",
    "h": "value-sets.html#vs-pregnancy_status",
    "d": "Pregnancy status"
  },
  {
    "t": "Home",
    "n": "home",
    "k": "v",
    "h": "value-sets.html#vs-address_use",
    "d": "Address use"
  },
  {
    "t": "Work",
    "n": "work",
    "k": "v",
    "h": "value-sets.html#vs-address_use",
    "d": "Address use"
  },
  {
    "t": "Temporary",
    "n": "temp",
    "k": "v",
    "h": "value-sets.html#vs-address_use",
    "d": "Address use"
  },
  {
    "t": "Old / incorrect",
    "n": "old",
    "k": "v",
    "h": "value-sets.html#vs-address_use",
    "d": "Address use"
  },
  {
    "t": "Telephone call",
    "n": "telephone",
    "k": "v",
    "h": "value-sets.html#vs-contact_method",
    "d": "Contact method"
  },
  {
    "t": "Text message",
    "n": "text_message",
    "k": "v",
    "h": "value-sets.html#vs-contact_method",
    "d": "Contact method"
  },
  {
    "t": "Email",
    "n": "email",
    "k": "v",
    "h": "value-sets.html#vs-contact_method",
    "d": "Contact method"
  },
  {
    "t": "Letter",
    "n": "letter",
    "k": "v",
    "h": "value-sets.html#vs-contact_method",
    "d": "Contact method"
  },
  {
    "t": "In person",
    "n": "in_person",
    "k": "v",
    "h": "value-sets.html#vs-contact_method",
    "d": "Contact method"
  },
  {
    "t": "General Medical Council",
    "n": "gmc",
    "k": "v",
    "h": "value-sets.html#vs-professional_register",
    "d": "Professional register"
  },
  {
    "t": "Nursing and Midwifery Council",
    "n": "nmc",
    "k": "v",
    "h": "value-sets.html#vs-professional_register",
    "d": "Professional register"
  },
  {
    "t": "Health and Care Professions Council",
    "n": "hcpc",
    "k": "v",
    "h": "value-sets.html#vs-professional_register",
    "d": "Professional register"
  },
  {
    "t": "Social Work England",
    "n": "swe",
    "k": "v",
    "h": "value-sets.html#vs-professional_register",
    "d": "Professional register"
  },
  {
    "t": "General Pharmaceutical Council",
    "n": "gphc",
    "k": "v",
    "h": "value-sets.html#vs-professional_register",
    "d": "Professional register"
  },
  {
    "t": "Care provider",
    "n": "care_provider",
    "k": "v",
    "h": "value-sets.html#vs-care_organisation_type",
    "d": "Care organisation type"
  },
  {
    "t": "GP practice",
    "n": "gp_practice",
    "k": "v",
    "h": "value-sets.html#vs-care_organisation_type",
    "d": "Care organisation type"
  },
  {
    "t": "Local authority",
    "n": "local_authority",
    "k": "v",
    "h": "value-sets.html#vs-care_organisation_type",
    "d": "Care organisation type"
  },
  {
    "t": "Health organisation",
    "n": "health_organisation",
    "k": "v",
    "h": "value-sets.html#vs-care_organisation_type",
    "d": "Care organisation type"
  },
  {
    "t": "Voluntary organisation",
    "n": "voluntary_organisation",
    "k": "v",
    "h": "value-sets.html#vs-care_organisation_type",
    "d": "Care organisation type"
  },
  {
    "t": "Spouse or partner",
    "n": "spouse_or_partner",
    "k": "v",
    "h": "value-sets.html#vs-personal_relationship",
    "d": "Personal relationship"
  },
  {
    "t": "Parent",
    "n": "parent",
    "k": "v",
    "h": "value-sets.html#vs-personal_relationship",
    "d": "Personal relationship"
  },
  {
    "t": "Son or daughter",
    "n": "child",
    "k": "v",
    "h": "value-sets.html#vs-personal_relationship",
    "d": "Personal relationship"
  },
  {
    "t": "Brother or sister",
    "n": "sibling",
    "k": "v",
    "h": "value-sets.html#vs-personal_relationship",
    "d": "Personal relationship"
  },
  {
    "t": "Other relative",
    "n": "other_relative",
    "k": "v",
    "h": "value-sets.html#vs-personal_relationship",
    "d": "Personal relationship"
  },
  {
    "t": "Friend",
    "n": "friend",
    "k": "v",
    "h": "value-sets.html#vs-personal_relationship",
    "d": "Personal relationship"
  },
  {
    "t": "Neighbour",
    "n": "neighbour",
    "k": "v",
    "h": "value-sets.html#vs-personal_relationship",
    "d": "Personal relationship"
  },
  {
    "t": "Other",
    "n": "other",
    "k": "v",
    "h": "value-sets.html#vs-personal_relationship",
    "d": "Personal relationship"
  },
  {
    "t": "Lasting power of attorney (health and welfare)",
    "n": "lpa_health_and_welfare",
    "k": "v",
    "h": "value-sets.html#vs-proxy_authority",
    "d": "Proxy authority"
  },
  {
    "t": "Lasting power of attorney (property and financial affairs)",
    "n": "lpa_property_and_financial_affairs",
    "k": "v",
    "h": "value-sets.html#vs-proxy_authority",
    "d": "Proxy authority"
  },
  {
    "t": "Enduring power of attorney",
    "n": "enduring_power_of_attorney",
    "k": "v",
    "h": "value-sets.html#vs-proxy_authority",
    "d": "Proxy authority"
  },
  {
    "t": "Deputy appointed by the Court of Protection",
    "n": "court_appointed_deputy",
    "k": "v",
    "h": "value-sets.html#vs-proxy_authority",
    "d": "Proxy authority"
  },
  {
    "t": "Other legal authority",
    "n": "other",
    "k": "v",
    "h": "value-sets.html#vs-proxy_authority",
    "d": "Proxy authority"
  },
  {
    "t": "Local authority",
    "n": "local_authority",
    "k": "v",
    "h": "value-sets.html#vs-commissioner_type",
    "d": "Commissioner type"
  },
  {
    "t": "Integrated care board",
    "n": "integrated_care_board",
    "k": "v",
    "h": "value-sets.html#vs-commissioner_type",
    "d": "Commissioner type"
  },
  {
    "t": "NHS England",
    "n": "nhs_england",
    "k": "v",
    "h": "value-sets.html#vs-commissioner_type",
    "d": "Commissioner type"
  },
  {
    "t": "Other commissioner",
    "n": "other",
    "k": "v",
    "h": "value-sets.html#vs-commissioner_type",
    "d": "Commissioner type"
  },
  {
    "t": "Proposed",
    "n": "proposed",
    "k": "v",
    "h": "value-sets.html#vs-care_team_status",
    "d": "Care team status"
  },
  {
    "t": "Active",
    "n": "active",
    "k": "v",
    "h": "value-sets.html#vs-care_team_status",
    "d": "Care team status"
  },
  {
    "t": "Suspended",
    "n": "suspended",
    "k": "v",
    "h": "value-sets.html#vs-care_team_status",
    "d": "Care team status"
  },
  {
    "t": "Inactive",
    "n": "inactive",
    "k": "v",
    "h": "value-sets.html#vs-care_team_status",
    "d": "Care team status"
  },
  {
    "t": "Entered in error",
    "n": "entered-in-error",
    "k": "v",
    "h": "value-sets.html#vs-care_team_status",
    "d": "Care team status"
  },
  {
    "t": "Permanent placement",
    "n": "permanent",
    "k": "v",
    "h": "value-sets.html#vs-admission_type",
    "d": "Admission type"
  },
  {
    "t": "Short-term or interim stay",
    "n": "short_term",
    "k": "v",
    "h": "value-sets.html#vs-admission_type",
    "d": "Admission type"
  },
  {
    "t": "Respite stay",
    "n": "respite",
    "k": "v",
    "h": "value-sets.html#vs-admission_type",
    "d": "Admission type"
  },
  {
    "t": "Emergency admission",
    "n": "emergency",
    "k": "v",
    "h": "value-sets.html#vs-admission_type",
    "d": "Admission type"
  },
  {
    "t": "Discharge to assess",
    "n": "discharge_to_assess",
    "k": "v",
    "h": "value-sets.html#vs-admission_type",
    "d": "Admission type"
  },
  {
    "t": "Planned end of stay",
    "n": "planned_end_of_stay",
    "k": "v",
    "h": "value-sets.html#vs-discharge_reason",
    "d": "Discharge reason"
  },
  {
    "t": "Moved to another care setting",
    "n": "moved_to_other_care_setting",
    "k": "v",
    "h": "value-sets.html#vs-discharge_reason",
    "d": "Discharge reason"
  },
  {
    "t": "Returned home",
    "n": "returned_home",
    "k": "v",
    "h": "value-sets.html#vs-discharge_reason",
    "d": "Discharge reason"
  },
  {
    "t": "Admitted to hospital",
    "n": "admitted_to_hospital",
    "k": "v",
    "h": "value-sets.html#vs-discharge_reason",
    "d": "Discharge reason"
  },
  {
    "t": "Died",
    "n": "died",
    "k": "v",
    "h": "value-sets.html#vs-discharge_reason",
    "d": "Discharge reason"
  },
  {
    "t": "Other",
    "n": "other",
    "k": "v",
    "h": "value-sets.html#vs-discharge_reason",
    "d": "Discharge reason"
  },
  {
    "t": "Occupied",
    "n": "occupied",
    "k": "v",
    "h": "value-sets.html#vs-occupancy_status",
    "d": "Occupancy status"
  },
  {
    "t": "Reserved or held",
    "n": "reserved",
    "k": "v",
    "h": "value-sets.html#vs-occupancy_status",
    "d": "Occupancy status"
  },
  {
    "t": "Vacant",
    "n": "vacant",
    "k": "v",
    "h": "value-sets.html#vs-occupancy_status",
    "d": "Occupancy status"
  },
  {
    "t": "Unavailable",
    "n": "unavailable",
    "k": "v",
    "h": "value-sets.html#vs-occupancy_status",
    "d": "Occupancy status"
  },
  {
    "t": "Scheduled",
    "n": "scheduled",
    "k": "v",
    "h": "value-sets.html#vs-review_status",
    "d": "Review status"
  },
  {
    "t": "In progress",
    "n": "in_progress",
    "k": "v",
    "h": "value-sets.html#vs-review_status",
    "d": "Review status"
  },
  {
    "t": "Completed",
    "n": "completed",
    "k": "v",
    "h": "value-sets.html#vs-review_status",
    "d": "Review status"
  },
  {
    "t": "Cancelled",
    "n": "cancelled",
    "k": "v",
    "h": "value-sets.html#vs-review_status",
    "d": "Review status"
  },
  {
    "t": "Active",
    "n": "active",
    "k": "v",
    "h": "value-sets.html#vs-alert_status",
    "d": "Alert status"
  },
  {
    "t": "Inactive",
    "n": "inactive",
    "k": "v",
    "h": "value-sets.html#vs-alert_status",
    "d": "Alert status"
  },
  {
    "t": "Entered in error",
    "n": "entered_in_error",
    "k": "v",
    "h": "value-sets.html#vs-alert_status",
    "d": "Alert status"
  },
  {
    "t": "Clinical",
    "n": "clinical",
    "k": "v",
    "h": "value-sets.html#vs-alert_category",
    "d": "Alert category"
  },
  {
    "t": "Administrative",
    "n": "administrative",
    "k": "v",
    "h": "value-sets.html#vs-alert_category",
    "d": "Alert category"
  },
  {
    "t": "Safety",
    "n": "safety",
    "k": "v",
    "h": "value-sets.html#vs-alert_category",
    "d": "Alert category"
  },
  {
    "t": "Registered",
    "n": "registered",
    "k": "v",
    "h": "value-sets.html#vs-investigation_result_status",
    "d": "Investigation result status"
  },
  {
    "t": "Partial",
    "n": "partial",
    "k": "v",
    "h": "value-sets.html#vs-investigation_result_status",
    "d": "Investigation result status"
  },
  {
    "t": "Preliminary",
    "n": "preliminary",
    "k": "v",
    "h": "value-sets.html#vs-investigation_result_status",
    "d": "Investigation result status"
  },
  {
    "t": "Final",
    "n": "final",
    "k": "v",
    "h": "value-sets.html#vs-investigation_result_status",
    "d": "Investigation result status"
  },
  {
    "t": "Amended",
    "n": "amended",
    "k": "v",
    "h": "value-sets.html#vs-investigation_result_status",
    "d": "Investigation result status"
  },
  {
    "t": "Corrected",
    "n": "corrected",
    "k": "v",
    "h": "value-sets.html#vs-investigation_result_status",
    "d": "Investigation result status"
  },
  {
    "t": "Appended",
    "n": "appended",
    "k": "v",
    "h": "value-sets.html#vs-investigation_result_status",
    "d": "Investigation result status"
  },
  {
    "t": "Cancelled",
    "n": "cancelled",
    "k": "v",
    "h": "value-sets.html#vs-investigation_result_status",
    "d": "Investigation result status"
  },
  {
    "t": "Entered in error",
    "n": "entered-in-error",
    "k": "v",
    "h": "value-sets.html#vs-investigation_result_status",
    "d": "Investigation result status"
  },
  {
    "t": "Unknown",
    "n": "unknown",
    "k": "v",
    "h": "value-sets.html#vs-investigation_result_status",
    "d": "Investigation result status"
  },
  {
    "t": "Active",
    "n": "active",
    "k": "v",
    "h": "value-sets.html#vs-problem_clinical_status",
    "d": "Problem clinical status"
  },
  {
    "t": "Recurrence",
    "n": "recurrence",
    "k": "v",
    "h": "value-sets.html#vs-problem_clinical_status",
    "d": "Problem clinical status"
  },
  {
    "t": "Relapse",
    "n": "relapse",
    "k": "v",
    "h": "value-sets.html#vs-problem_clinical_status",
    "d": "Problem clinical status"
  },
  {
    "t": "Inactive",
    "n": "inactive",
    "k": "v",
    "h": "value-sets.html#vs-problem_clinical_status",
    "d": "Problem clinical status"
  },
  {
    "t": "Remission",
    "n": "remission",
    "k": "v",
    "h": "value-sets.html#vs-problem_clinical_status",
    "d": "Problem clinical status"
  },
  {
    "t": "Resolved",
    "n": "resolved",
    "k": "v",
    "h": "value-sets.html#vs-problem_clinical_status",
    "d": "Problem clinical status"
  },
  {
    "t": "Allergy",
    "n": "allergy",
    "k": "v",
    "h": "value-sets.html#vs-allergy_reaction_type",
    "d": "Allergy type of reaction"
  },
  {
    "t": "Intolerance",
    "n": "intolerance",
    "k": "v",
    "h": "value-sets.html#vs-allergy_reaction_type",
    "d": "Allergy type of reaction"
  },
  {
    "t": "Mild",
    "n": "mild",
    "k": "v",
    "h": "value-sets.html#vs-allergy_reaction_severity",
    "d": "Allergy reaction severity"
  },
  {
    "t": "Moderate",
    "n": "moderate",
    "k": "v",
    "h": "value-sets.html#vs-allergy_reaction_severity",
    "d": "Allergy reaction severity"
  },
  {
    "t": "Severe",
    "n": "severe",
    "k": "v",
    "h": "value-sets.html#vs-allergy_reaction_severity",
    "d": "Allergy reaction severity"
  },
  {
    "t": "Active",
    "n": "active",
    "k": "v",
    "h": "value-sets.html#vs-allergy_clinical_status",
    "d": "Allergy clinical status"
  },
  {
    "t": "Inactive",
    "n": "inactive",
    "k": "v",
    "h": "value-sets.html#vs-allergy_clinical_status",
    "d": "Allergy clinical status"
  },
  {
    "t": "Resolved",
    "n": "resolved",
    "k": "v",
    "h": "value-sets.html#vs-allergy_clinical_status",
    "d": "Allergy clinical status"
  },
  {
    "t": "Achieved",
    "n": "achieved",
    "k": "v",
    "h": "value-sets.html#vs-outcome_achievement",
    "d": "Outcome achievement"
  },
  {
    "t": "Partly achieved",
    "n": "partly_achieved",
    "k": "v",
    "h": "value-sets.html#vs-outcome_achievement",
    "d": "Outcome achievement"
  },
  {
    "t": "Not achieved",
    "n": "not_achieved",
    "k": "v",
    "h": "value-sets.html#vs-outcome_achievement",
    "d": "Outcome achievement"
  },
  {
    "t": "Not yet assessed",
    "n": "not_yet_assessed",
    "k": "v",
    "h": "value-sets.html#vs-outcome_achievement",
    "d": "Outcome achievement"
  },
  {
    "t": "Managing and maintaining nutrition",
    "n": "nutrition",
    "k": "v",
    "h": "value-sets.html#vs-care_act_eligibility_outcome",
    "d": "Care Act eligibility outcome"
  },
  {
    "t": "Maintaining personal hygiene",
    "n": "personal_hygiene",
    "k": "v",
    "h": "value-sets.html#vs-care_act_eligibility_outcome",
    "d": "Care Act eligibility outcome"
  },
  {
    "t": "Managing toilet needs",
    "n": "toilet_needs",
    "k": "v",
    "h": "value-sets.html#vs-care_act_eligibility_outcome",
    "d": "Care Act eligibility outcome"
  },
  {
    "t": "Being appropriately clothed",
    "n": "clothing",
    "k": "v",
    "h": "value-sets.html#vs-care_act_eligibility_outcome",
    "d": "Care Act eligibility outcome"
  },
  {
    "t": "Being able to make use of the home safely",
    "n": "safe_use_of_home",
    "k": "v",
    "h": "value-sets.html#vs-care_act_eligibility_outcome",
    "d": "Care Act eligibility outcome"
  },
  {
    "t": "Maintaining a habitable home environment",
    "n": "habitable_home",
    "k": "v",
    "h": "value-sets.html#vs-care_act_eligibility_outcome",
    "d": "Care Act eligibility outcome"
  },
  {
    "t": "Developing and maintaining family or other personal relationships",
    "n": "relationships",
    "k": "v",
    "h": "value-sets.html#vs-care_act_eligibility_outcome",
    "d": "Care Act eligibility outcome"
  },
  {
    "t": "Accessing and engaging in work, training, education or volunteering",
    "n": "work_training_education_volunteering",
    "k": "v",
    "h": "value-sets.html#vs-care_act_eligibility_outcome",
    "d": "Care Act eligibility outcome"
  },
  {
    "t": "Making use of necessary facilities or services in the local community",
    "n": "community_facilities",
    "k": "v",
    "h": "value-sets.html#vs-care_act_eligibility_outcome",
    "d": "Care Act eligibility outcome"
  },
  {
    "t": "Carrying out any caring responsibilities for a child",
    "n": "caring_for_a_child",
    "k": "v",
    "h": "value-sets.html#vs-care_act_eligibility_outcome",
    "d": "Care Act eligibility outcome"
  },
  {
    "t": "Health",
    "n": "health",
    "k": "v",
    "h": "value-sets.html#vs-need_type",
    "d": "Need type"
  },
  {
    "t": "Care and support",
    "n": "care",
    "k": "v",
    "h": "value-sets.html#vs-need_type",
    "d": "Need type"
  },
  {
    "t": "Emotional",
    "n": "emotional",
    "k": "v",
    "h": "value-sets.html#vs-need_type",
    "d": "Need type"
  },
  {
    "t": "Social",
    "n": "social",
    "k": "v",
    "h": "value-sets.html#vs-need_type",
    "d": "Need type"
  },
  {
    "t": "Cultural",
    "n": "cultural",
    "k": "v",
    "h": "value-sets.html#vs-need_type",
    "d": "Need type"
  },
  {
    "t": "Religious",
    "n": "religious",
    "k": "v",
    "h": "value-sets.html#vs-need_type",
    "d": "Need type"
  },
  {
    "t": "Spiritual",
    "n": "spiritual",
    "k": "v",
    "h": "value-sets.html#vs-need_type",
    "d": "Need type"
  },
  {
    "t": "Low",
    "n": "low",
    "k": "v",
    "h": "value-sets.html#vs-need_significance",
    "d": "Need significance"
  },
  {
    "t": "Medium",
    "n": "medium",
    "k": "v",
    "h": "value-sets.html#vs-need_significance",
    "d": "Need significance"
  },
  {
    "t": "High",
    "n": "high",
    "k": "v",
    "h": "value-sets.html#vs-need_significance",
    "d": "Need significance"
  },
  {
    "t": "Routine",
    "n": "routine",
    "k": "v",
    "h": "value-sets.html#vs-need_urgency",
    "d": "Need urgency"
  },
  {
    "t": "Urgent",
    "n": "urgent",
    "k": "v",
    "h": "value-sets.html#vs-need_urgency",
    "d": "Need urgency"
  },
  {
    "t": "Immediate",
    "n": "immediate",
    "k": "v",
    "h": "value-sets.html#vs-need_urgency",
    "d": "Need urgency"
  },
  {
    "t": "Personal",
    "n": "personal",
    "k": "v",
    "h": "value-sets.html#vs-strength_type",
    "d": "Strength type"
  },
  {
    "t": "Family and friends",
    "n": "family_and_friends",
    "k": "v",
    "h": "value-sets.html#vs-strength_type",
    "d": "Strength type"
  },
  {
    "t": "Community",
    "n": "community",
    "k": "v",
    "h": "value-sets.html#vs-strength_type",
    "d": "Strength type"
  },
  {
    "t": "Living arrangements",
    "n": "living_arrangements",
    "k": "v",
    "h": "value-sets.html#vs-circumstance_type",
    "d": "Circumstance type"
  },
  {
    "t": "Housing",
    "n": "housing",
    "k": "v",
    "h": "value-sets.html#vs-circumstance_type",
    "d": "Circumstance type"
  },
  {
    "t": "Employment or occupation",
    "n": "employment",
    "k": "v",
    "h": "value-sets.html#vs-circumstance_type",
    "d": "Circumstance type"
  },
  {
    "t": "Education or training",
    "n": "education_or_training",
    "k": "v",
    "h": "value-sets.html#vs-circumstance_type",
    "d": "Circumstance type"
  },
  {
    "t": "Caring responsibilities",
    "n": "caring_responsibilities",
    "k": "v",
    "h": "value-sets.html#vs-circumstance_type",
    "d": "Circumstance type"
  },
  {
    "t": "Social contact and isolation",
    "n": "social_contact",
    "k": "v",
    "h": "value-sets.html#vs-circumstance_type",
    "d": "Circumstance type"
  },
  {
    "t": "Other",
    "n": "other",
    "k": "v",
    "h": "value-sets.html#vs-circumstance_type",
    "d": "Circumstance type"
  },
  {
    "t": "Independent",
    "n": "independent",
    "k": "v",
    "h": "value-sets.html#vs-daily_living_independence",
    "d": "Daily living independence"
  },
  {
    "t": "Independent with prompting",
    "n": "with_prompting",
    "k": "v",
    "h": "value-sets.html#vs-daily_living_independence",
    "d": "Daily living independence"
  },
  {
    "t": "Needs some help",
    "n": "with_some_help",
    "k": "v",
    "h": "value-sets.html#vs-daily_living_independence",
    "d": "Daily living independence"
  },
  {
    "t": "Fully dependent on others",
    "n": "fully_dependent",
    "k": "v",
    "h": "value-sets.html#vs-daily_living_independence",
    "d": "Daily living independence"
  },
  {
    "t": "GP informed",
    "n": "informed",
    "k": "v",
    "h": "value-sets.html#vs-gp_informed_status",
    "d": "GP informed status"
  },
  {
    "t": "GP not informed",
    "n": "not_informed",
    "k": "v",
    "h": "value-sets.html#vs-gp_informed_status",
    "d": "GP informed status"
  },
  {
    "t": "Not known",
    "n": "not_known",
    "k": "v",
    "h": "value-sets.html#vs-gp_informed_status",
    "d": "GP informed status"
  },
  {
    "t": "Access and layout",
    "n": "access_and_layout",
    "k": "v",
    "h": "value-sets.html#vs-environment_aspect",
    "d": "Environment aspect"
  },
  {
    "t": "Hazards",
    "n": "hazards",
    "k": "v",
    "h": "value-sets.html#vs-environment_aspect",
    "d": "Environment aspect"
  },
  {
    "t": "Adaptations and equipment",
    "n": "adaptations_and_equipment",
    "k": "v",
    "h": "value-sets.html#vs-environment_aspect",
    "d": "Environment aspect"
  },
  {
    "t": "Pets and other animals",
    "n": "animals",
    "k": "v",
    "h": "value-sets.html#vs-environment_aspect",
    "d": "Environment aspect"
  },
  {
    "t": "Heating and utilities",
    "n": "heating_and_utilities",
    "k": "v",
    "h": "value-sets.html#vs-environment_aspect",
    "d": "Environment aspect"
  },
  {
    "t": "Security",
    "n": "security",
    "k": "v",
    "h": "value-sets.html#vs-environment_aspect",
    "d": "Environment aspect"
  },
  {
    "t": "Home support",
    "n": "home_support",
    "k": "v",
    "h": "value-sets.html#vs-social_care_package_type",
    "d": "Social care package type"
  },
  {
    "t": "Reablement",
    "n": "reablement",
    "k": "v",
    "h": "value-sets.html#vs-social_care_package_type",
    "d": "Social care package type"
  },
  {
    "t": "Residential care",
    "n": "residential_care",
    "k": "v",
    "h": "value-sets.html#vs-social_care_package_type",
    "d": "Social care package type"
  },
  {
    "t": "Nursing care",
    "n": "nursing_care",
    "k": "v",
    "h": "value-sets.html#vs-social_care_package_type",
    "d": "Social care package type"
  },
  {
    "t": "Supported living",
    "n": "supported_living",
    "k": "v",
    "h": "value-sets.html#vs-social_care_package_type",
    "d": "Social care package type"
  },
  {
    "t": "Day opportunities",
    "n": "day_opportunities",
    "k": "v",
    "h": "value-sets.html#vs-social_care_package_type",
    "d": "Social care package type"
  },
  {
    "t": "Respite care",
    "n": "respite_care",
    "k": "v",
    "h": "value-sets.html#vs-social_care_package_type",
    "d": "Social care package type"
  },
  {
    "t": "Shared Lives",
    "n": "shared_lives",
    "k": "v",
    "h": "value-sets.html#vs-social_care_package_type",
    "d": "Social care package type"
  },
  {
    "t": "Local authority",
    "n": "local_authority",
    "k": "v",
    "h": "value-sets.html#vs-care_funding_source",
    "d": "Care funding source"
  },
  {
    "t": "NHS Continuing Healthcare",
    "n": "nhs_continuing_healthcare",
    "k": "v",
    "h": "value-sets.html#vs-care_funding_source",
    "d": "Care funding source"
  },
  {
    "t": "NHS-funded nursing care",
    "n": "nhs_funded_nursing_care",
    "k": "v",
    "h": "value-sets.html#vs-care_funding_source",
    "d": "Care funding source"
  },
  {
    "t": "Joint local authority and NHS",
    "n": "joint_funded",
    "k": "v",
    "h": "value-sets.html#vs-care_funding_source",
    "d": "Care funding source"
  },
  {
    "t": "Self-funded",
    "n": "self_funded",
    "k": "v",
    "h": "value-sets.html#vs-care_funding_source",
    "d": "Care funding source"
  },
  {
    "t": "Third-party top-up",
    "n": "third_party_top_up",
    "k": "v",
    "h": "value-sets.html#vs-care_funding_source",
    "d": "Care funding source"
  },
  {
    "t": "GP",
    "n": "gp",
    "k": "v",
    "h": "value-sets.html#vs-service_type",
    "d": "Service type"
  },
  {
    "t": "Clinical psychology",
    "n": "clinical_psychology",
    "k": "v",
    "h": "value-sets.html#vs-service_type",
    "d": "Service type"
  },
  {
    "t": "Occupational therapy",
    "n": "occupational_therapy",
    "k": "v",
    "h": "value-sets.html#vs-service_type",
    "d": "Service type"
  },
  {
    "t": "Personal care",
    "n": "personal_care",
    "k": "v",
    "h": "value-sets.html#vs-service_type",
    "d": "Service type"
  },
  {
    "t": "Cleaning",
    "n": "cleaning",
    "k": "v",
    "h": "value-sets.html#vs-service_type",
    "d": "Service type"
  },
  {
    "t": "Catering",
    "n": "catering",
    "k": "v",
    "h": "value-sets.html#vs-service_type",
    "d": "Service type"
  },
  {
    "t": "Gardening",
    "n": "gardening",
    "k": "v",
    "h": "value-sets.html#vs-service_type",
    "d": "Service type"
  },
  {
    "t": "Transport",
    "n": "transport",
    "k": "v",
    "h": "value-sets.html#vs-service_type",
    "d": "Service type"
  },
  {
    "t": "Education",
    "n": "education",
    "k": "v",
    "h": "value-sets.html#vs-service_type",
    "d": "Service type"
  },
  {
    "t": "Social activities",
    "n": "social_activities",
    "k": "v",
    "h": "value-sets.html#vs-service_type",
    "d": "Service type"
  },
  {
    "t": "Draft",
    "n": "draft",
    "k": "v",
    "h": "value-sets.html#vs-task_status",
    "d": "Task status"
  },
  {
    "t": "Requested",
    "n": "requested",
    "k": "v",
    "h": "value-sets.html#vs-task_status",
    "d": "Task status"
  },
  {
    "t": "Received",
    "n": "received",
    "k": "v",
    "h": "value-sets.html#vs-task_status",
    "d": "Task status"
  },
  {
    "t": "Accepted",
    "n": "accepted",
    "k": "v",
    "h": "value-sets.html#vs-task_status",
    "d": "Task status"
  },
  {
    "t": "Rejected",
    "n": "rejected",
    "k": "v",
    "h": "value-sets.html#vs-task_status",
    "d": "Task status"
  },
  {
    "t": "Ready",
    "n": "ready",
    "k": "v",
    "h": "value-sets.html#vs-task_status",
    "d": "Task status"
  },
  {
    "t": "Cancelled",
    "n": "cancelled",
    "k": "v",
    "h": "value-sets.html#vs-task_status",
    "d": "Task status"
  },
  {
    "t": "In Progress",
    "n": "in-progress",
    "k": "v",
    "h": "value-sets.html#vs-task_status",
    "d": "Task status"
  },
  {
    "t": "On Hold",
    "n": "on-hold",
    "k": "v",
    "h": "value-sets.html#vs-task_status",
    "d": "Task status"
  },
  {
    "t": "Failed",
    "n": "failed",
    "k": "v",
    "h": "value-sets.html#vs-task_status",
    "d": "Task status"
  },
  {
    "t": "Completed",
    "n": "completed",
    "k": "v",
    "h": "value-sets.html#vs-task_status",
    "d": "Task status"
  },
  {
    "t": "Entered in Error",
    "n": "entered-in-error",
    "k": "v",
    "h": "value-sets.html#vs-task_status",
    "d": "Task status"
  },
  {
    "t": "Routine",
    "n": "routine",
    "k": "v",
    "h": "value-sets.html#vs-request_priority",
    "d": "Request priority"
  },
  {
    "t": "Urgent",
    "n": "urgent",
    "k": "v",
    "h": "value-sets.html#vs-request_priority",
    "d": "Request priority"
  },
  {
    "t": "ASAP",
    "n": "asap",
    "k": "v",
    "h": "value-sets.html#vs-request_priority",
    "d": "Request priority"
  },
  {
    "t": "STAT",
    "n": "stat",
    "k": "v",
    "h": "value-sets.html#vs-request_priority",
    "d": "Request priority"
  },
  {
    "t": "Unknown",
    "n": "unknown",
    "k": "v",
    "h": "value-sets.html#vs-task_intent",
    "d": "Task intent"
  },
  {
    "t": "Proposal",
    "n": "proposal",
    "k": "v",
    "h": "value-sets.html#vs-task_intent",
    "d": "Task intent"
  },
  {
    "t": "Plan",
    "n": "plan",
    "k": "v",
    "h": "value-sets.html#vs-task_intent",
    "d": "Task intent"
  },
  {
    "t": "Order",
    "n": "order",
    "k": "v",
    "h": "value-sets.html#vs-task_intent",
    "d": "Task intent"
  },
  {
    "t": "Original Order",
    "n": "original-order",
    "k": "v",
    "h": "value-sets.html#vs-task_intent",
    "d": "Task intent"
  },
  {
    "t": "Reflex Order",
    "n": "reflex-order",
    "k": "v",
    "h": "value-sets.html#vs-task_intent",
    "d": "Task intent"
  },
  {
    "t": "Filler Order",
    "n": "filler-order",
    "k": "v",
    "h": "value-sets.html#vs-task_intent",
    "d": "Task intent"
  },
  {
    "t": "Instance Order",
    "n": "instance-order",
    "k": "v",
    "h": "value-sets.html#vs-task_intent",
    "d": "Task intent"
  },
  {
    "t": "Option",
    "n": "option",
    "k": "v",
    "h": "value-sets.html#vs-task_intent",
    "d": "Task intent"
  },
  {
    "t": "Preparation",
    "n": "preparation",
    "k": "v",
    "h": "value-sets.html#vs-activity_event_status",
    "d": "Activity event status"
  },
  {
    "t": "In Progress",
    "n": "in-progress",
    "k": "v",
    "h": "value-sets.html#vs-activity_event_status",
    "d": "Activity event status"
  },
  {
    "t": "Not Done",
    "n": "not-done",
    "k": "v",
    "h": "value-sets.html#vs-activity_event_status",
    "d": "Activity event status"
  },
  {
    "t": "On Hold",
    "n": "on-hold",
    "k": "v",
    "h": "value-sets.html#vs-activity_event_status",
    "d": "Activity event status"
  },
  {
    "t": "Stopped",
    "n": "stopped",
    "k": "v",
    "h": "value-sets.html#vs-activity_event_status",
    "d": "Activity event status"
  },
  {
    "t": "Completed",
    "n": "completed",
    "k": "v",
    "h": "value-sets.html#vs-activity_event_status",
    "d": "Activity event status"
  },
  {
    "t": "Entered in Error",
    "n": "entered-in-error",
    "k": "v",
    "h": "value-sets.html#vs-activity_event_status",
    "d": "Activity event status"
  },
  {
    "t": "Unknown",
    "n": "unknown",
    "k": "v",
    "h": "value-sets.html#vs-activity_event_status",
    "d": "Activity event status"
  },
  {
    "t": "electronic data",
    "n": "ELECTRONIC",
    "k": "v",
    "h": "value-sets.html#vs-communication_medium",
    "d": "Communication medium"
  },
  {
    "t": "physical presence",
    "n": "PHYSICAL",
    "k": "v",
    "h": "value-sets.html#vs-communication_medium",
    "d": "Communication medium"
  },
  {
    "t": "remote presence",
    "n": "REMOTE",
    "k": "v",
    "h": "value-sets.html#vs-communication_medium",
    "d": "Communication medium"
  },
  {
    "t": "verbal",
    "n": "VERBAL",
    "k": "v",
    "h": "value-sets.html#vs-communication_medium",
    "d": "Communication medium"
  },
  {
    "t": "dictated",
    "n": "DICTATE",
    "k": "v",
    "h": "value-sets.html#vs-communication_medium",
    "d": "Communication medium"
  },
  {
    "t": "face-to-face",
    "n": "FACE",
    "k": "v",
    "h": "value-sets.html#vs-communication_medium",
    "d": "Communication medium"
  },
  {
    "t": "telephone",
    "n": "PHONE",
    "k": "v",
    "h": "value-sets.html#vs-communication_medium",
    "d": "Communication medium"
  },
  {
    "t": "videoconferencing",
    "n": "VIDEOCONF",
    "k": "v",
    "h": "value-sets.html#vs-communication_medium",
    "d": "Communication medium"
  },
  {
    "t": "written",
    "n": "WRITTEN",
    "k": "v",
    "h": "value-sets.html#vs-communication_medium",
    "d": "Communication medium"
  },
  {
    "t": "telefax",
    "n": "FAXWRIT",
    "k": "v",
    "h": "value-sets.html#vs-communication_medium",
    "d": "Communication medium"
  },
  {
    "t": "handwritten",
    "n": "HANDWRIT",
    "k": "v",
    "h": "value-sets.html#vs-communication_medium",
    "d": "Communication medium"
  },
  {
    "t": "mail",
    "n": "MAILWRIT",
    "k": "v",
    "h": "value-sets.html#vs-communication_medium",
    "d": "Communication medium"
  },
  {
    "t": "online written",
    "n": "ONLINEWRIT",
    "k": "v",
    "h": "value-sets.html#vs-communication_medium",
    "d": "Communication medium"
  },
  {
    "t": "email",
    "n": "EMAILWRIT",
    "k": "v",
    "h": "value-sets.html#vs-communication_medium",
    "d": "Communication medium"
  },
  {
    "t": "typewritten",
    "n": "TYPEWRIT",
    "k": "v",
    "h": "value-sets.html#vs-communication_medium",
    "d": "Communication medium"
  },
  {
    "t": "Draft",
    "n": "draft",
    "k": "v",
    "h": "value-sets.html#vs-request_status",
    "d": "Request status"
  },
  {
    "t": "Active",
    "n": "active",
    "k": "v",
    "h": "value-sets.html#vs-request_status",
    "d": "Request status"
  },
  {
    "t": "On Hold",
    "n": "on-hold",
    "k": "v",
    "h": "value-sets.html#vs-request_status",
    "d": "Request status"
  },
  {
    "t": "Revoked",
    "n": "revoked",
    "k": "v",
    "h": "value-sets.html#vs-request_status",
    "d": "Request status"
  },
  {
    "t": "Completed",
    "n": "completed",
    "k": "v",
    "h": "value-sets.html#vs-request_status",
    "d": "Request status"
  },
  {
    "t": "Entered in Error",
    "n": "entered-in-error",
    "k": "v",
    "h": "value-sets.html#vs-request_status",
    "d": "Request status"
  },
  {
    "t": "Unknown",
    "n": "unknown",
    "k": "v",
    "h": "value-sets.html#vs-request_status",
    "d": "Request status"
  },
  {
    "t": "Has capacity for this decision",
    "n": "has_capacity",
    "k": "v",
    "h": "value-sets.html#vs-mental_capacity_outcome",
    "d": "Mental capacity outcome"
  },
  {
    "t": "Lacks capacity for this decision",
    "n": "lacks_capacity",
    "k": "v",
    "h": "value-sets.html#vs-mental_capacity_outcome",
    "d": "Mental capacity outcome"
  },
  {
    "t": "Not determined",
    "n": "not_determined",
    "k": "v",
    "h": "value-sets.html#vs-mental_capacity_outcome",
    "d": "Mental capacity outcome"
  },
  {
    "t": "No impact on wellbeing",
    "n": "no_impact",
    "k": "v",
    "h": "value-sets.html#vs-care_need_significance",
    "d": "Care need significance"
  },
  {
    "t": "Some impact on wellbeing",
    "n": "some_impact",
    "k": "v",
    "h": "value-sets.html#vs-care_need_significance",
    "d": "Care need significance"
  },
  {
    "t": "Significant impact on wellbeing",
    "n": "significant_impact",
    "k": "v",
    "h": "value-sets.html#vs-care_need_significance",
    "d": "Care need significance"
  },
  {
    "t": "Immediate",
    "n": "immediate",
    "k": "v",
    "h": "value-sets.html#vs-care_need_urgency",
    "d": "Care need urgency"
  },
  {
    "t": "Urgent",
    "n": "urgent",
    "k": "v",
    "h": "value-sets.html#vs-care_need_urgency",
    "d": "Care need urgency"
  },
  {
    "t": "Routine",
    "n": "routine",
    "k": "v",
    "h": "value-sets.html#vs-care_need_urgency",
    "d": "Care need urgency"
  },
  {
    "t": "Completed",
    "n": "completed",
    "k": "v",
    "h": "value-sets.html#vs-vaccination_status",
    "d": "Vaccination status"
  },
  {
    "t": "Entered in Error",
    "n": "entered-in-error",
    "k": "v",
    "h": "value-sets.html#vs-vaccination_status",
    "d": "Vaccination status"
  },
  {
    "t": "Not Done",
    "n": "not-done",
    "k": "v",
    "h": "value-sets.html#vs-vaccination_status",
    "d": "Vaccination status"
  },
  {
    "t": "Mobility aid",
    "n": "mobility_aid",
    "k": "v",
    "h": "value-sets.html#vs-device_type",
    "d": "Device type"
  },
  {
    "t": "Moving and handling equipment",
    "n": "moving_and_handling",
    "k": "v",
    "h": "value-sets.html#vs-device_type",
    "d": "Device type"
  },
  {
    "t": "Pressure relief equipment",
    "n": "pressure_relief",
    "k": "v",
    "h": "value-sets.html#vs-device_type",
    "d": "Device type"
  },
  {
    "t": "Hearing aid",
    "n": "hearing_aid",
    "k": "v",
    "h": "value-sets.html#vs-device_type",
    "d": "Device type"
  },
  {
    "t": "Visual aid",
    "n": "visual_aid",
    "k": "v",
    "h": "value-sets.html#vs-device_type",
    "d": "Device type"
  },
  {
    "t": "Continence product",
    "n": "continence_product",
    "k": "v",
    "h": "value-sets.html#vs-device_type",
    "d": "Device type"
  },
  {
    "t": "Telecare",
    "n": "telecare",
    "k": "v",
    "h": "value-sets.html#vs-device_type",
    "d": "Device type"
  },
  {
    "t": "Medical device",
    "n": "medical_device",
    "k": "v",
    "h": "value-sets.html#vs-device_type",
    "d": "Device type"
  },
  {
    "t": "Active",
    "n": "active",
    "k": "v",
    "h": "value-sets.html#vs-device_use_status",
    "d": "Device use status"
  },
  {
    "t": "Completed",
    "n": "completed",
    "k": "v",
    "h": "value-sets.html#vs-device_use_status",
    "d": "Device use status"
  },
  {
    "t": "Entered in Error",
    "n": "entered-in-error",
    "k": "v",
    "h": "value-sets.html#vs-device_use_status",
    "d": "Device use status"
  },
  {
    "t": "Intended",
    "n": "intended",
    "k": "v",
    "h": "value-sets.html#vs-device_use_status",
    "d": "Device use status"
  },
  {
    "t": "Stopped",
    "n": "stopped",
    "k": "v",
    "h": "value-sets.html#vs-device_use_status",
    "d": "Device use status"
  },
  {
    "t": "On Hold",
    "n": "on-hold",
    "k": "v",
    "h": "value-sets.html#vs-device_use_status",
    "d": "Device use status"
  },
  {
    "t": "Active",
    "n": "active",
    "k": "v",
    "h": "value-sets.html#vs-medication_status",
    "d": "Medication status"
  },
  {
    "t": "Completed",
    "n": "completed",
    "k": "v",
    "h": "value-sets.html#vs-medication_status",
    "d": "Medication status"
  },
  {
    "t": "Entered in Error",
    "n": "entered-in-error",
    "k": "v",
    "h": "value-sets.html#vs-medication_status",
    "d": "Medication status"
  },
  {
    "t": "Intended",
    "n": "intended",
    "k": "v",
    "h": "value-sets.html#vs-medication_status",
    "d": "Medication status"
  },
  {
    "t": "Stopped",
    "n": "stopped",
    "k": "v",
    "h": "value-sets.html#vs-medication_status",
    "d": "Medication status"
  },
  {
    "t": "On Hold",
    "n": "on-hold",
    "k": "v",
    "h": "value-sets.html#vs-medication_status",
    "d": "Medication status"
  },
  {
    "t": "Unknown",
    "n": "unknown",
    "k": "v",
    "h": "value-sets.html#vs-medication_status",
    "d": "Medication status"
  },
  {
    "t": "Not Taken",
    "n": "not-taken",
    "k": "v",
    "h": "value-sets.html#vs-medication_status",
    "d": "Medication status"
  },
  {
    "t": "Self-administers",
    "n": "self_administers",
    "k": "v",
    "h": "value-sets.html#vs-medication_support_level",
    "d": "Medication support level"
  },
  {
    "t": "Prompted",
    "n": "prompted",
    "k": "v",
    "h": "value-sets.html#vs-medication_support_level",
    "d": "Medication support level"
  },
  {
    "t": "Assisted",
    "n": "assisted",
    "k": "v",
    "h": "value-sets.html#vs-medication_support_level",
    "d": "Medication support level"
  },
  {
    "t": "Administered",
    "n": "administered",
    "k": "v",
    "h": "value-sets.html#vs-medication_support_level",
    "d": "Medication support level"
  },
  {
    "t": "Admission to hospital",
    "n": "hospital_admission",
    "k": "v",
    "h": "value-sets.html#vs-transfer_of_care_type",
    "d": "Transfer of care type"
  },
  {
    "t": "Discharge from hospital",
    "n": "hospital_discharge",
    "k": "v",
    "h": "value-sets.html#vs-transfer_of_care_type",
    "d": "Transfer of care type"
  },
  {
    "t": "Move between care providers",
    "n": "move_between_providers",
    "k": "v",
    "h": "value-sets.html#vs-transfer_of_care_type",
    "d": "Transfer of care type"
  },
  {
    "t": "Move between care settings",
    "n": "move_between_settings",
    "k": "v",
    "h": "value-sets.html#vs-transfer_of_care_type",
    "d": "Transfer of care type"
  },
  {
    "t": "Proposed",
    "n": "proposed",
    "k": "v",
    "h": "value-sets.html#vs-goal_status",
    "d": "Goal status"
  },
  {
    "t": "Planned",
    "n": "planned",
    "k": "v",
    "h": "value-sets.html#vs-goal_status",
    "d": "Goal status"
  },
  {
    "t": "Accepted",
    "n": "accepted",
    "k": "v",
    "h": "value-sets.html#vs-goal_status",
    "d": "Goal status"
  },
  {
    "t": "Active",
    "n": "active",
    "k": "v",
    "h": "value-sets.html#vs-goal_status",
    "d": "Goal status"
  },
  {
    "t": "On Hold",
    "n": "on-hold",
    "k": "v",
    "h": "value-sets.html#vs-goal_status",
    "d": "Goal status"
  },
  {
    "t": "Completed",
    "n": "completed",
    "k": "v",
    "h": "value-sets.html#vs-goal_status",
    "d": "Goal status"
  },
  {
    "t": "Cancelled",
    "n": "cancelled",
    "k": "v",
    "h": "value-sets.html#vs-goal_status",
    "d": "Goal status"
  },
  {
    "t": "Entered in Error",
    "n": "entered-in-error",
    "k": "v",
    "h": "value-sets.html#vs-goal_status",
    "d": "Goal status"
  },
  {
    "t": "Rejected",
    "n": "rejected",
    "k": "v",
    "h": "value-sets.html#vs-goal_status",
    "d": "Goal status"
  },
  {
    "t": "Completed",
    "n": "completed",
    "k": "v",
    "h": "value-sets.html#vs-action_outcome",
    "d": "Action outcome"
  },
  {
    "t": "Partially completed",
    "n": "partially_completed",
    "k": "v",
    "h": "value-sets.html#vs-action_outcome",
    "d": "Action outcome"
  },
  {
    "t": "Not completed",
    "n": "not_completed",
    "k": "v",
    "h": "value-sets.html#vs-action_outcome",
    "d": "Action outcome"
  },
  {
    "t": "Declined by the person",
    "n": "declined",
    "k": "v",
    "h": "value-sets.html#vs-action_outcome",
    "d": "Action outcome"
  },
  {
    "t": "Planned",
    "n": "planned",
    "k": "v",
    "h": "value-sets.html#vs-visit_status",
    "d": "Visit status"
  },
  {
    "t": "In progress",
    "n": "in_progress",
    "k": "v",
    "h": "value-sets.html#vs-visit_status",
    "d": "Visit status"
  },
  {
    "t": "Completed",
    "n": "completed",
    "k": "v",
    "h": "value-sets.html#vs-visit_status",
    "d": "Visit status"
  },
  {
    "t": "Cancelled",
    "n": "cancelled",
    "k": "v",
    "h": "value-sets.html#vs-visit_status",
    "d": "Visit status"
  },
  {
    "t": "Missed",
    "n": "missed",
    "k": "v",
    "h": "value-sets.html#vs-visit_status",
    "d": "Visit status"
  },
  {
    "t": "Pending",
    "n": "pending",
    "k": "v",
    "h": "value-sets.html#vs-informed_consent_status",
    "d": "Informed consent status"
  },
  {
    "t": "Given",
    "n": "given",
    "k": "v",
    "h": "value-sets.html#vs-informed_consent_status",
    "d": "Informed consent status"
  },
  {
    "t": "Refused",
    "n": "refused",
    "k": "v",
    "h": "value-sets.html#vs-informed_consent_status",
    "d": "Informed consent status"
  },
  {
    "t": "Withdrawn",
    "n": "withdrawn",
    "k": "v",
    "h": "value-sets.html#vs-informed_consent_status",
    "d": "Informed consent status"
  },
  {
    "t": "Subject of care",
    "n": "subject_of_care",
    "k": "v",
    "h": "value-sets.html#vs-consent_decision_maker",
    "d": "Consent decision maker"
  },
  {
    "t": "Attorney under a lasting power of attorney",
    "n": "lpa_attorney",
    "k": "v",
    "h": "value-sets.html#vs-consent_decision_maker",
    "d": "Consent decision maker"
  },
  {
    "t": "Court-appointed deputy",
    "n": "court_appointed_deputy",
    "k": "v",
    "h": "value-sets.html#vs-consent_decision_maker",
    "d": "Consent decision maker"
  },
  {
    "t": "Best interests decision",
    "n": "best_interests_decision",
    "k": "v",
    "h": "value-sets.html#vs-consent_decision_maker",
    "d": "Consent decision maker"
  },
  {
    "t": "Care and support plan",
    "n": "care_and_support_plan",
    "k": "v",
    "h": "value-sets.html#vs-informed_consent_category",
    "d": "Informed consent category"
  },
  {
    "t": "Personal care",
    "n": "personal_care",
    "k": "v",
    "h": "value-sets.html#vs-informed_consent_category",
    "d": "Informed consent category"
  },
  {
    "t": "Medication administration",
    "n": "medication_administration",
    "k": "v",
    "h": "value-sets.html#vs-informed_consent_category",
    "d": "Informed consent category"
  },
  {
    "t": "Information sharing",
    "n": "information_sharing",
    "k": "v",
    "h": "value-sets.html#vs-informed_consent_category",
    "d": "Informed consent category"
  },
  {
    "t": "Photographs and recordings",
    "n": "photographs_and_recordings",
    "k": "v",
    "h": "value-sets.html#vs-informed_consent_category",
    "d": "Informed consent category"
  },
  {
    "t": "Monitoring technology",
    "n": "monitoring_technology",
    "k": "v",
    "h": "value-sets.html#vs-informed_consent_category",
    "d": "Informed consent category"
  },
  {
    "t": "Vaccination",
    "n": "vaccination",
    "k": "v",
    "h": "value-sets.html#vs-informed_consent_category",
    "d": "Informed consent category"
  },
  {
    "t": "Referral",
    "n": "referral",
    "k": "v",
    "h": "value-sets.html#vs-informed_consent_category",
    "d": "Informed consent category"
  },
  {
    "t": "Capacity presumed",
    "n": "presumed",
    "k": "v",
    "h": "value-sets.html#vs-capacity_to_consent",
    "d": "Capacity to consent"
  },
  {
    "t": "Assessed as having capacity",
    "n": "has_capacity",
    "k": "v",
    "h": "value-sets.html#vs-capacity_to_consent",
    "d": "Capacity to consent"
  },
  {
    "t": "Assessed as lacking capacity",
    "n": "lacks_capacity",
    "k": "v",
    "h": "value-sets.html#vs-capacity_to_consent",
    "d": "Capacity to consent"
  },
  {
    "t": "Property and financial affairs",
    "n": "property_and_financial_affairs",
    "k": "v",
    "h": "value-sets.html#vs-lasting_power_of_attorney_type",
    "d": "Lasting power of attorney type"
  },
  {
    "t": "Health and welfare",
    "n": "health_and_welfare",
    "k": "v",
    "h": "value-sets.html#vs-lasting_power_of_attorney_type",
    "d": "Lasting power of attorney type"
  },
  {
    "t": "Enduring power of attorney",
    "n": "enduring_power_of_attorney",
    "k": "v",
    "h": "value-sets.html#vs-lasting_power_of_attorney_type",
    "d": "Lasting power of attorney type"
  },
  {
    "t": "Registered",
    "n": "registered",
    "k": "v",
    "h": "value-sets.html#vs-lpa_registration_status",
    "d": "Lasting power of attorney registration status"
  },
  {
    "t": "Registration pending",
    "n": "registration_pending",
    "k": "v",
    "h": "value-sets.html#vs-lpa_registration_status",
    "d": "Lasting power of attorney registration status"
  },
  {
    "t": "Not registered",
    "n": "not_registered",
    "k": "v",
    "h": "value-sets.html#vs-lpa_registration_status",
    "d": "Lasting power of attorney registration status"
  },
  {
    "t": "Cancelled",
    "n": "cancelled",
    "k": "v",
    "h": "value-sets.html#vs-lpa_registration_status",
    "d": "Lasting power of attorney registration status"
  },
  {
    "t": "Urgent authorisation",
    "n": "urgent_authorisation",
    "k": "v",
    "h": "value-sets.html#vs-dols_authorisation_type",
    "d": "Deprivation of liberty authorisation type"
  },
  {
    "t": "Standard authorisation",
    "n": "standard_authorisation",
    "k": "v",
    "h": "value-sets.html#vs-dols_authorisation_type",
    "d": "Deprivation of liberty authorisation type"
  },
  {
    "t": "Court of Protection order",
    "n": "court_of_protection_order",
    "k": "v",
    "h": "value-sets.html#vs-dols_authorisation_type",
    "d": "Deprivation of liberty authorisation type"
  },
  {
    "t": "Applied for",
    "n": "applied",
    "k": "v",
    "h": "value-sets.html#vs-dols_authorisation_status",
    "d": "Deprivation of liberty authorisation status"
  },
  {
    "t": "Granted",
    "n": "granted",
    "k": "v",
    "h": "value-sets.html#vs-dols_authorisation_status",
    "d": "Deprivation of liberty authorisation status"
  },
  {
    "t": "Not granted",
    "n": "not_granted",
    "k": "v",
    "h": "value-sets.html#vs-dols_authorisation_status",
    "d": "Deprivation of liberty authorisation status"
  },
  {
    "t": "Expired",
    "n": "expired",
    "k": "v",
    "h": "value-sets.html#vs-dols_authorisation_status",
    "d": "Deprivation of liberty authorisation status"
  },
  {
    "t": "Ended early",
    "n": "ended",
    "k": "v",
    "h": "value-sets.html#vs-dols_authorisation_status",
    "d": "Deprivation of liberty authorisation status"
  },
  {
    "t": "Active",
    "n": "active",
    "k": "v",
    "h": "value-sets.html#vs-advance_decision_status",
    "d": "Advance decision status"
  },
  {
    "t": "Withdrawn",
    "n": "withdrawn",
    "k": "v",
    "h": "value-sets.html#vs-advance_decision_status",
    "d": "Advance decision status"
  },
  {
    "t": "Superseded",
    "n": "superseded",
    "k": "v",
    "h": "value-sets.html#vs-advance_decision_status",
    "d": "Advance decision status"
  },
  {
    "t": "Attempt CPR",
    "n": "attempt_cpr",
    "k": "v",
    "h": "value-sets.html#vs-cpr_decision_outcome",
    "d": "CPR decision outcome"
  },
  {
    "t": "Do not attempt CPR (DNACPR)",
    "n": "do_not_attempt_cpr",
    "k": "v",
    "h": "value-sets.html#vs-cpr_decision_outcome",
    "d": "CPR decision outcome"
  },
  {
    "t": "DNACPR form",
    "n": "dnacpr_form",
    "k": "v",
    "h": "value-sets.html#vs-cpr_decision_form_type",
    "d": "CPR decision form type"
  },
  {
    "t": "ReSPECT form",
    "n": "respect_form",
    "k": "v",
    "h": "value-sets.html#vs-cpr_decision_form_type",
    "d": "CPR decision form type"
  },
  {
    "t": "Care and treatment",
    "n": "care_and_treatment",
    "k": "v",
    "h": "value-sets.html#vs-advance_statement_topic",
    "d": "Advance statement topic"
  },
  {
    "t": "Place of care",
    "n": "place_of_care",
    "k": "v",
    "h": "value-sets.html#vs-advance_statement_topic",
    "d": "Advance statement topic"
  },
  {
    "t": "End of life",
    "n": "end_of_life",
    "k": "v",
    "h": "value-sets.html#vs-advance_statement_topic",
    "d": "Advance statement topic"
  },
  {
    "t": "Beliefs and values",
    "n": "beliefs_and_values",
    "k": "v",
    "h": "value-sets.html#vs-advance_statement_topic",
    "d": "Advance statement topic"
  },
  {
    "t": "Daily life",
    "n": "daily_life",
    "k": "v",
    "h": "value-sets.html#vs-advance_statement_topic",
    "d": "Advance statement topic"
  },
  {
    "t": "Section 2",
    "n": "section_2",
    "k": "v",
    "h": "value-sets.html#vs-mental_health_act_section",
    "d": "Mental Health Act section"
  },
  {
    "t": "Section 3",
    "n": "section_3",
    "k": "v",
    "h": "value-sets.html#vs-mental_health_act_section",
    "d": "Mental Health Act section"
  },
  {
    "t": "Section 4",
    "n": "section_4",
    "k": "v",
    "h": "value-sets.html#vs-mental_health_act_section",
    "d": "Mental Health Act section"
  },
  {
    "t": "Section 5(2)",
    "n": "section_5_2",
    "k": "v",
    "h": "value-sets.html#vs-mental_health_act_section",
    "d": "Mental Health Act section"
  },
  {
    "t": "Section 5(4)",
    "n": "section_5_4",
    "k": "v",
    "h": "value-sets.html#vs-mental_health_act_section",
    "d": "Mental Health Act section"
  },
  {
    "t": "Section 7",
    "n": "section_7",
    "k": "v",
    "h": "value-sets.html#vs-mental_health_act_section",
    "d": "Mental Health Act section"
  },
  {
    "t": "Section 17A",
    "n": "section_17a",
    "k": "v",
    "h": "value-sets.html#vs-mental_health_act_section",
    "d": "Mental Health Act section"
  },
  {
    "t": "Section 35",
    "n": "section_35",
    "k": "v",
    "h": "value-sets.html#vs-mental_health_act_section",
    "d": "Mental Health Act section"
  },
  {
    "t": "Section 36",
    "n": "section_36",
    "k": "v",
    "h": "value-sets.html#vs-mental_health_act_section",
    "d": "Mental Health Act section"
  },
  {
    "t": "Section 37",
    "n": "section_37",
    "k": "v",
    "h": "value-sets.html#vs-mental_health_act_section",
    "d": "Mental Health Act section"
  },
  {
    "t": "Section 37 with section 41",
    "n": "section_37_41",
    "k": "v",
    "h": "value-sets.html#vs-mental_health_act_section",
    "d": "Mental Health Act section"
  },
  {
    "t": "Section 38",
    "n": "section_38",
    "k": "v",
    "h": "value-sets.html#vs-mental_health_act_section",
    "d": "Mental Health Act section"
  },
  {
    "t": "Section 47",
    "n": "section_47",
    "k": "v",
    "h": "value-sets.html#vs-mental_health_act_section",
    "d": "Mental Health Act section"
  },
  {
    "t": "Section 48",
    "n": "section_48",
    "k": "v",
    "h": "value-sets.html#vs-mental_health_act_section",
    "d": "Mental Health Act section"
  },
  {
    "t": "Section 135",
    "n": "section_135",
    "k": "v",
    "h": "value-sets.html#vs-mental_health_act_section",
    "d": "Mental Health Act section"
  },
  {
    "t": "Section 136",
    "n": "section_136",
    "k": "v",
    "h": "value-sets.html#vs-mental_health_act_section",
    "d": "Mental Health Act section"
  },
  {
    "t": "Subject of care",
    "n": "subject_of_care",
    "k": "g",
    "h": "glossary.html#term-subject_of_care",
    "d": ""
  },
  {
    "t": "Care actor",
    "n": "care_actor",
    "k": "g",
    "h": "glossary.html#term-care_actor",
    "d": ""
  },
  {
    "t": "Care worker",
    "n": "care_worker",
    "k": "g",
    "h": "glossary.html#term-care_worker",
    "d": ""
  },
  {
    "t": "Proxy for subject of care",
    "n": "proxy_for_subject_of_care",
    "k": "g",
    "h": "glossary.html#term-proxy_for_subject_of_care",
    "d": ""
  },
  {
    "t": "Unpaid carer",
    "n": "unpaid_carer",
    "k": "g",
    "h": "glossary.html#term-unpaid_carer",
    "d": ""
  },
  {
    "t": "Observation",
    "n": "observation",
    "k": "g",
    "h": "glossary.html#term-observation",
    "d": ""
  },
  {
    "t": "Need",
    "n": "need",
    "k": "g",
    "h": "glossary.html#term-need",
    "d": ""
  },
  {
    "t": "Strength",
    "n": "strength",
    "k": "g",
    "h": "glossary.html#term-strength",
    "d": ""
  },
  {
    "t": "Risk",
    "n": "risk",
    "k": "g",
    "h": "glossary.html#term-risk",
    "d": ""
  },
  {
    "t": "Alert",
    "n": "alert",
    "k": "g",
    "h": "glossary.html#term-alert",
    "d": ""
  },
  {
    "t": "Assessment",
    "n": "assessment",
    "k": "g",
    "h": "glossary.html#term-assessment",
    "d": ""
  },
  {
    "t": "Care plan",
    "n": "care_plan",
    "k": "g",
    "h": "glossary.html#term-care_plan",
    "d": ""
  },
  {
    "t": "Goal",
    "n": "goal",
    "k": "g",
    "h": "glossary.html#term-goal",
    "d": ""
  },
  {
    "t": "Instruction",
    "n": "instruction",
    "k": "g",
    "h": "glossary.html#term-instruction",
    "d": ""
  },
  {
    "t": "Activity",
    "n": "activity",
    "k": "g",
    "h": "glossary.html#term-activity",
    "d": ""
  },
  {
    "t": "Action",
    "n": "action",
    "k": "g",
    "h": "glossary.html#term-action",
    "d": ""
  },
  {
    "t": "Visit",
    "n": "visit",
    "k": "g",
    "h": "glossary.html#term-visit",
    "d": ""
  },
  {
    "t": "Review",
    "n": "review",
    "k": "g",
    "h": "glossary.html#term-review",
    "d": ""
  },
  {
    "t": "Location",
    "n": "location",
    "k": "g",
    "h": "glossary.html#term-location",
    "d": ""
  },
  {
    "t": "Event",
    "n": "event",
    "k": "g",
    "h": "glossary.html#term-event",
    "d": ""
  },
  {
    "t": "Versioned record",
    "n": "versioned_record",
    "k": "g",
    "h": "glossary.html#term-versioned_record",
    "d": ""
  },
  {
    "t": "Change log",
    "n": "change_log",
    "k": "g",
    "h": "glossary.html#term-change_log",
    "d": ""
  },
  {
    "t": "Attestation",
    "n": "attestation",
    "k": "g",
    "h": "glossary.html#term-attestation",
    "d": ""
  },
  {
    "t": "Record uid",
    "n": "record_uid",
    "k": "g",
    "h": "glossary.html#term-record_uid",
    "d": ""
  },
  {
    "t": "NHS number",
    "n": "nhs_number",
    "k": "g",
    "h": "glossary.html#term-nhs_number",
    "d": ""
  },
  {
    "t": "ODS code",
    "n": "ods_code",
    "k": "g",
    "h": "glossary.html#term-ods_code",
    "d": ""
  },
  {
    "t": "PDS (Personal Demographics Service)",
    "n": "pds",
    "k": "g",
    "h": "glossary.html#term-pds",
    "d": ""
  },
  {
    "t": "DSCR (digital social care record)",
    "n": "dscr",
    "k": "g",
    "h": "glossary.html#term-dscr",
    "d": ""
  },
  {
    "t": "CQC (Care Quality Commission)",
    "n": "cqc",
    "k": "g",
    "h": "glossary.html#term-cqc",
    "d": ""
  },
  {
    "t": "SNOMED CT",
    "n": "snomed_ct",
    "k": "g",
    "h": "glossary.html#term-snomed_ct",
    "d": ""
  },
  {
    "t": "NHS Data Dictionary",
    "n": "nhs_data_dictionary",
    "k": "g",
    "h": "glossary.html#term-nhs_data_dictionary",
    "d": ""
  },
  {
    "t": "Informed consent",
    "n": "informed_consent",
    "k": "g",
    "h": "glossary.html#term-informed_consent",
    "d": ""
  },
  {
    "t": "Lasting power of attorney (LPA)",
    "n": "lasting_power_of_attorney",
    "k": "g",
    "h": "glossary.html#term-lasting_power_of_attorney",
    "d": ""
  },
  {
    "t": "Deprivation of Liberty Safeguards (DoLS)",
    "n": "dols",
    "k": "g",
    "h": "glossary.html#term-dols",
    "d": ""
  },
  {
    "t": "Advance decision to refuse treatment (ADRT)",
    "n": "adrt",
    "k": "g",
    "h": "glossary.html#term-adrt",
    "d": ""
  },
  {
    "t": "Best interests decision",
    "n": "best_interests_decision",
    "k": "g",
    "h": "glossary.html#term-best_interests_decision",
    "d": ""
  },
  {
    "t": "Mental capacity",
    "n": "mental_capacity",
    "k": "g",
    "h": "glossary.html#term-mental_capacity",
    "d": ""
  },
  {
    "t": "Safeguarding",
    "n": "safeguarding",
    "k": "g",
    "h": "glossary.html#term-safeguarding",
    "d": ""
  },
  {
    "t": "MASH (Multi-Agency Safeguarding Hub)",
    "n": "mash",
    "k": "g",
    "h": "glossary.html#term-mash",
    "d": ""
  },
  {
    "t": "Conformance date",
    "n": "conformance_date",
    "k": "g",
    "h": "glossary.html#term-conformance_date",
    "d": ""
  },
  {
    "t": "Information standard",
    "n": "information_standard",
    "k": "g",
    "h": "glossary.html#term-information_standard",
    "d": ""
  }
];
