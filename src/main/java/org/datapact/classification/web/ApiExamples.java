package org.datapact.classification.web;

/**
 * Examples shown in the API documentation. A test checks that the request example answers
 * exactly the response example.
 */
final class ApiExamples {

	static final String REQUEST = """
			{
			  "context": {"country": "KE", "contexts": []},
			  "datasets": [
			    {"id": "uac-national", "attributes": {"name": "Unaccompanied children, national totals",
			      "aggregation": "aggregated", "location_granularity": "national",
			      "vulnerable_groups": ["unaccompanied_separated_children"], "protection_data": "yes",
			      "case_management_data": "no", "direct_identifiers": ["none"], "smallest_count": 40}},
			    {"id": "uac-site", "attributes": {"name": "Unaccompanied children per site",
			      "aggregation": "aggregated", "location_granularity": "site",
			      "vulnerable_groups": ["unaccompanied_separated_children"], "protection_data": "yes",
			      "case_management_data": "no", "smallest_count": 6}},
			    {"id": "cases", "attributes": {"name": "Case management records", "aggregation": "record_level",
			      "location_granularity": "individual", "direct_identifiers": ["names"],
			      "case_management_data": "yes"}},
			    {"id": "safety", "attributes": {"name": "Feelings of safety per site", "aggregation": "aggregated",
			      "location_granularity": "site", "topics": ["perceived_safety"], "protection_data": "no",
			      "security_data": "no", "case_management_data": "no",
			      "collection_start": "2025-01-01", "collection_end": "2025-03-31"}},
			    {"id": "armed-actors", "attributes": {"name": "Presence of armed actors per site",
			      "aggregation": "aggregated", "location_granularity": "site", "topics": ["armed_actors"],
			      "security_data": "yes", "collection_start": "2025-02-01", "collection_end": "2025-02-28"}},
			    {"id": "groups-site", "attributes": {"name": "Households by ethnicity per site",
			      "aggregation": "aggregated", "location_granularity": "site", "community_groups": ["ethnicity"],
			      "counted_unit": "households", "smallest_count": 120, "protection_data": "no",
			      "security_data": "no", "case_management_data": "no"}},
			    {"id": "survey", "attributes": {"name": "Service satisfaction survey", "aggregation": "record_level",
			      "location_granularity": "admin1", "direct_identifiers": ["none"], "indirect_identifiers": ["age"]}}
			  ]
			}""";

	static final String RESPONSE = """
			{
			  "ruleSet": {
			    "id": "iom-table-a-default",
			    "version": 1
			  },
			  "projectLevel": "SECRET",
			  "projectLevelLabel": "Secret",
			  "datasets": [
			    {
			      "id": "uac-national",
			      "name": "Unaccompanied children, national totals",
			      "level": "PUBLIC",
			      "levelLabel": "Public",
			      "ownLevel": "PUBLIC",
			      "firedRules": [
			        {
			          "rule": "coarse_aggregates",
			          "level": "PUBLIC",
			          "description": "Aggregates at national or admin-1 level, or without a location, without direct identifiers or case management data.",
			          "explanation": "Aggregates over a whole country or province (such as national numbers of unaccompanied children) carry little risk to individuals: Public, unless another rule applies.",
			          "reference": "IOM DTM guideline, Table A: Public",
			          "inputs": {
			            "aggregation": "aggregated",
			            "case_management_data": "no",
			            "direct_identifiers": [
			              "none"
			            ],
			            "location_granularity": "national"
			          }
			        }
			      ],
			      "needsConfirmation": false,
			      "defaultLevel": null,
			      "combinations": []
			    },
			    {
			      "id": "uac-site",
			      "name": "Unaccompanied children per site",
			      "level": "CONFIDENTIAL",
			      "levelLabel": "Confidential",
			      "ownLevel": "CONFIDENTIAL",
			      "firedRules": [
			        {
			          "rule": "at_risk_groups_per_site",
			          "level": "CONFIDENTIAL",
			          "description": "Unaccompanied or separated children, or survivors of violence, counted per site or finer.",
			          "explanation": "Knowing where unaccompanied children or survivors of violence are, site by site, is protection data: Confidential.",
			          "reference": "IOM DTM guideline, Table A: Confidential",
			          "inputs": {
			            "location_granularity": "site",
			            "vulnerable_groups": [
			              "unaccompanied_separated_children"
			            ]
			          }
			        },
			        {
			          "rule": "protection_data_site_or_finer",
			          "level": "CONFIDENTIAL",
			          "description": "Protection data per site or finer (e.g. number of unaccompanied children per site).",
			          "explanation": "Protection data per site could put a community at risk of a protection incident if published: Confidential.",
			          "reference": "IOM DTM guideline, Table A: Confidential",
			          "inputs": {
			            "location_granularity": "site",
			            "protection_data": "yes"
			          }
			        }
			      ],
			      "needsConfirmation": false,
			      "defaultLevel": null,
			      "combinations": []
			    },
			    {
			      "id": "cases",
			      "name": "Case management records",
			      "level": "SECRET",
			      "levelLabel": "Secret",
			      "ownLevel": "SECRET",
			      "firedRules": [
			        {
			          "rule": "case_management_data",
			          "level": "SECRET",
			          "description": "The dataset holds protection incident, referral or case management data.",
			          "explanation": "Protection incident, referral and case management information is Secret, whatever its form.",
			          "reference": "IOM DTM guideline, Table A: Secret",
			          "inputs": {
			            "case_management_data": "yes"
			          }
			        },
			        {
			          "rule": "direct_identifiers",
			          "level": "SECRET",
			          "description": "The dataset contains direct identifiers (names, ID numbers, phone numbers, e-mail addresses, household GPS, photos or biometrics).",
			          "explanation": "It contains direct identifiers, so it is personal data that identifies people on its own: Secret.",
			          "reference": "IOM DTM guideline, Table A: Secret",
			          "inputs": {
			            "direct_identifiers": [
			              "names"
			            ]
			          }
			        },
			        {
			          "rule": "record_level_household_location",
			          "level": "SECRET",
			          "description": "Record-level data located at household or individual level.",
			          "explanation": "Each record is located at a household or a person, which leads to the people themselves: Secret.",
			          "reference": "IOM DTM guideline, Table A: Secret",
			          "inputs": {
			            "aggregation": "record_level",
			            "location_granularity": "individual"
			          }
			        }
			      ],
			      "needsConfirmation": false,
			      "defaultLevel": null,
			      "combinations": []
			    },
			    {
			      "id": "safety",
			      "name": "Feelings of safety per site",
			      "level": "CONFIDENTIAL",
			      "levelLabel": "Confidential",
			      "ownLevel": "PUBLIC",
			      "firedRules": [
			        {
			          "rule": "non_sensitive_site_aggregates",
			          "level": "PUBLIC",
			          "description": "Site-level aggregates declared free of protection, security and case management data, of small counts of people and of community groups.",
			          "explanation": "Non-sensitive site-level data (no protection, security or case management content, no small counts of people, no ethnic, religious, national, legal-status or political groups) can be published: Public, unless another rule applies.",
			          "reference": "IOM DTM guideline, Table A: Public",
			          "inputs": {
			            "aggregation": "aggregated",
			            "case_management_data": "no",
			            "community_groups": null,
			            "counted_unit": null,
			            "direct_identifiers": null,
			            "indirect_identifiers": null,
			            "location_granularity": "site",
			            "protection_data": "no",
			            "security_data": "no",
			            "smallest_count": null,
			            "topics": [
			              "perceived_safety"
			            ],
			            "vulnerable_groups": null
			          }
			        }
			      ],
			      "needsConfirmation": false,
			      "defaultLevel": null,
			      "combinations": [
			        {
			          "rule": "perceived_safety_with_armed_actors",
			          "level": "CONFIDENTIAL"
			        }
			      ]
			    },
			    {
			      "id": "armed-actors",
			      "name": "Presence of armed actors per site",
			      "level": "CONFIDENTIAL",
			      "levelLabel": "Confidential",
			      "ownLevel": "CONFIDENTIAL",
			      "firedRules": [
			        {
			          "rule": "security_data_site_or_finer",
			          "level": "CONFIDENTIAL",
			          "description": "Security data (e.g. presence of armed actors) per site or finer.",
			          "explanation": "Security information per site, such as the presence of armed actors, could harm communities or the organisation's access if published: Confidential.",
			          "reference": "IOM DTM guideline, Table A: Confidential",
			          "inputs": {
			            "location_granularity": "site",
			            "security_data": "yes",
			            "topics": [
			              "armed_actors"
			            ]
			          }
			        }
			      ],
			      "needsConfirmation": false,
			      "defaultLevel": null,
			      "combinations": [
			        {
			          "rule": "perceived_safety_with_armed_actors",
			          "level": "CONFIDENTIAL"
			        }
			      ]
			    },
			    {
			      "id": "groups-site",
			      "name": "Households by ethnicity per site",
			      "level": "CONFIDENTIAL",
			      "levelLabel": "Confidential",
			      "ownLevel": "CONFIDENTIAL",
			      "firedRules": [
			        {
			          "rule": "community_groups_small_area",
			          "level": "CONFIDENTIAL",
			          "description": "Groups of people by ethnicity, religion, nationality, legal status or political views, located per site or finer.",
			          "explanation": "It shows, per site, where groups of people are by ethnicity or tribe. Even with no individual in it and large counts, locating a community this precisely can put the whole community at risk of a protection incident: Confidential.",
			          "reference": "IOM DTM guideline, Table A: Confidential (puts a community at risk of a protection incident)",
			          "inputs": {
			            "community_groups": [
			              "ethnicity"
			            ],
			            "location_granularity": "site"
			          }
			        }
			      ],
			      "needsConfirmation": false,
			      "defaultLevel": null,
			      "combinations": []
			    },
			    {
			      "id": "survey",
			      "name": "Service satisfaction survey",
			      "level": "CONFIDENTIAL",
			      "levelLabel": "Confidential",
			      "ownLevel": "CONFIDENTIAL",
			      "firedRules": [],
			      "needsConfirmation": true,
			      "defaultLevel": {
			        "level": "CONFIDENTIAL",
			        "description": "No rule determined this dataset’s level.",
			        "explanation": "None of the rules matched its answers, so nothing shows that it can safely be made public: it is treated as Confidential until a scoper confirms its level. When in doubt, DataPact errs on the safe side.",
			        "reference": "IOM DTM guideline, Table A: Public only where disclosure carries minimal risk"
			      },
			      "combinations": []
			    }
			  ],
			  "combinations": [
			    {
			      "rule": "perceived_safety_with_armed_actors",
			      "level": "CONFIDENTIAL",
			      "datasets": [
			        "armed-actors",
			        "safety"
			      ],
			      "description": "Perceived safety per site in one dataset and armed actors or security data per site in another, over overlapping periods.",
			      "explanation": "Crossing feelings of safety per location with the presence of armed actors per location may show who is responsible for people feeling unsafe, which would be sensitive to publish: each dataset so crossed is Confidential.",
			      "reference": "IOM DTM guideline: sensitivity is relational",
			      "sharedLinkageKeys": [],
			      "inputs": {
			        "armed-actors": {
			          "collection_end": "2025-02-28",
			          "collection_start": "2025-02-01",
			          "location_granularity": "site",
			          "security_data": "yes",
			          "topics": [
			            "armed_actors"
			          ]
			        },
			        "safety": {
			          "collection_end": "2025-03-31",
			          "collection_start": "2025-01-01",
			          "location_granularity": "site",
			          "topics": [
			            "perceived_safety"
			          ]
			        }
			      }
			    }
			  ]
			}""";

	static final String BAD_REQUEST = """
			{
			  "detail": "The request was malformed or had invalid values.",
			  "instance": "/api/v1/classification/evaluate",
			  "status": 400,
			  "title": "Request not understood",
			  "errors": [
			    {
			      "path": "datasets[0].attributes.topics[1]",
			      "message": "\\"weather\\" is not an option of topics; choose from: perceived_safety, armed_actors, movement_intentions, humanitarian_needs, health, political_views, legal_status, none."
			    }
			  ]
			}""";

	private ApiExamples() {
	}

}
