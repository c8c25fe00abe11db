/* cw-params.c — the table of model constants
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "cw-params"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "cw-ids.h"
#include "cw-levers.h"
#include "cw-params.h"

/* Units: "1/yr" a yearly rate or hazard, "M€/yr" million euros per year at
 * intensity 1, "log-odds" the base log-odds of an event, "" a share, weight
 * or slope. */

static const CwParamInfo params[CW_N_PARAMS] = {
  [CW_PARAM_LAMBDA0] = { "lambda0", 0.25, 0, 1, "", CW_PARAM_TAG_INV,
    "Effectiveness of a lever before any legitimacy is built (docs/model.md 4)" },
  [CW_PARAM_COST_EDUCATION] = { "cost_education", 0.2, 0, 20, "M€/yr", CW_PARAM_TAG_INV,
    "Fixed cost of an education and training programme at full intensity" },
  [CW_PARAM_COST_RD_SUBSIDY] = { "cost_rd_subsidy", 0.2, 0, 30, "M€/yr", CW_PARAM_TAG_INV,
    "Fixed cost of running an R&D subsidy scheme at full intensity" },
  [CW_PARAM_COST_VENTURE_FUND] = { "cost_venture_fund", 2.5, 0, 30, "M€/yr", CW_PARAM_TAG_INV,
    "Yearly contribution to a regional venture fund at full intensity" },
  [CW_PARAM_COST_TEST_LAB] = { "cost_test_lab", 0.5, 0, 10, "M€/yr", CW_PARAM_TAG_INV,
    "Running cost of a shared test lab (Hamburg co-learning spaces)" },
  [CW_PARAM_COST_FDI_ATTRACTION] = { "cost_fdi_attraction", 2, 0, 20, "M€/yr", CW_PARAM_TAG_INV,
    "Investment-promotion cost at full intensity" },
  [CW_PARAM_COST_FDI_EMBEDDING] = { "cost_fdi_embedding", 1.5, 0, 20, "M€/yr", CW_PARAM_TAG_INV,
    "Supplier-development programme for foreign investors" },
  [CW_PARAM_COST_STANDARDS] = { "cost_standards", 0.5, 0, 5, "M€/yr", CW_PARAM_TAG_INV,
    "Standards, IP and data counselling service" },
  [CW_PARAM_COST_TECH_PARK] = { "cost_tech_park", 4, 0, 40, "M€/yr", CW_PARAM_TAG_INV,
    "Yearly cost of a technology park (annualised)" },
  [CW_PARAM_COST_PLATFORMS] = { "cost_platforms", 0.5, 0, 5, "M€/yr", CW_PARAM_TAG_INV,
    "Fairs, events and online platforms" },
  [CW_PARAM_COST_CROSS_CLUSTERING] = { "cost_cross_clustering", 0.8, 0, 8, "M€/yr", CW_PARAM_TAG_INV,
    "Cross-cluster bridging projects" },
  [CW_PARAM_COST_SMART_SPECIALISATION] = { "cost_smart_specialisation", 1, 0, 10, "M€/yr", CW_PARAM_TAG_INV,
    "Smart-specialisation programme" },
  [CW_PARAM_COST_LEAD_INTERNATIONALISATION] = { "cost_lead_internationalisation", 0, 0, 6, "M€/yr", CW_PARAM_TAG_INV,
    "Public cost of lead firms opening doors abroad: none by default, a lead-firm strategy is the firms' own spending" },
  [CW_PARAM_COST_LEAD_RELOCATION] = { "cost_lead_relocation", 0, 0, 30, "M€/yr", CW_PARAM_TAG_INV,
    "Public incentive for lead firms to bring functions in: none by default; moving them out (negative) is a shock and costs nothing" },
  [CW_PARAM_COST_MANAGEMENT] = { "cost_management", 0.6, 0, 6, "M€/yr", CW_PARAM_TAG_INV,
    "A professional cluster-management team" },
  [CW_PARAM_COST_FEE_SUBSIDY] = { "cost_fee_subsidy", 0.02, 0, 4, "M€/yr", CW_PARAM_TAG_INV,
    "Fixed cost of administering the fee subsidy" },
  [CW_PARAM_COST_PROJECT_CONSORTIA] = { "cost_project_consortia", 0.1, 0, 20, "M€/yr", CW_PARAM_TAG_INV,
    "Fixed cost of the consortia call and its management" },
  [CW_PARAM_COST_TRUST_BUILDING] = { "cost_trust_building", 0.3, 0, 3, "M€/yr", CW_PARAM_TAG_INV,
    "Informal meetings and joint trips" },
  [CW_PARAM_COST_COACHING] = { "cost_coaching", 0.05, 0, 5, "M€/yr", CW_PARAM_TAG_INV,
    "Business coaching (Swedish cluster project): fixed part" },
  [CW_PARAM_COST_WORKSHOPS] = { "cost_workshops", 0.05, 0, 3, "M€/yr", CW_PARAM_TAG_INV,
    "Workshops (Swedish cluster project): fixed part" },
  [CW_PARAM_COST_CONSULTANT_HOURS] = { "cost_consultant_hours", 0.05, 0, 6, "M€/yr", CW_PARAM_TAG_INV,
    "Bank of consultant hours (Swedish cluster project): fixed part" },
  [CW_PARAM_COST_TRIPS] = { "cost_trips", 0.05, 0, 4, "M€/yr", CW_PARAM_TAG_INV,
    "Trips to international fairs (Swedish cluster project): fixed part" },
  [CW_PARAM_COST_EXPORT_LAB] = { "cost_export_lab", 0.2, 0, 8, "M€/yr", CW_PARAM_TAG_INV,
    "Export lab (Swedish cluster project): fixed part" },
  [CW_PARAM_COST_BUREAUCRACY] = { "cost_bureaucracy", 0, 0, 1, "M€/yr", CW_PARAM_TAG_INV,
    "Bureaucracy costs the programme nothing; it costs the firms" },
  [CW_PARAM_COST_AWARENESS_CAMPAIGN] = { "cost_awareness_campaign", 0.3, 0, 3, "M€/yr", CW_PARAM_TAG_INV,
    "Awareness campaign (Hamburg policy cycle)" },
  [CW_PARAM_COST_CO_DESIGN] = { "cost_co_design", 0.3, 0, 3, "M€/yr", CW_PARAM_TAG_INV,
    "Co-design workshops with stakeholders (Hamburg policy cycle)" },
  [CW_PARAM_COST_MISSION] = { "cost_mission", 1, 0, 10, "M€/yr", CW_PARAM_TAG_INV,
    "Mission programme for emerging industries (Hamburg policy cycle)" },
  [CW_PARAM_DEMAND_RHO] = { "demand_rho", 0.8, 0, 0.99, "", CW_PARAM_TAG_INV,
    "Quarterly persistence of the AR(1) demand shock" },
  [CW_PARAM_DEMAND_SIGMA] = { "demand_sigma", 0.1, 0, 0.5, "", CW_PARAM_TAG_INV,
    "Quarterly innovation of the demand shock" },
  [CW_PARAM_COMPLEXITY_DRIFT] = { "complexity_drift", 0.005, -0.05, 0.05, "1/yr", CW_PARAM_TAG_INV,
    "Slow trend of transaction complexity" },
  [CW_PARAM_COMPLEXITY_NOISE] = { "complexity_noise", 0.01, 0, 0.05, "", CW_PARAM_TAG_INV,
    "Quarterly noise of transaction complexity" },
  [CW_PARAM_SHOCK_RATE] = { "shock_rate", 0.05, 0, 0.3, "1/yr", CW_PARAM_TAG_INV,
    "Yearly hazard of a technological discontinuity" },
  [CW_PARAM_SHOCK_SIZE] = { "shock_size", 0.15, 0, 0.5, "", CW_PARAM_TAG_INV,
    "Rise of complexity in a technological discontinuity" },
  [CW_PARAM_FDI_COMPLEXITY] = { "fdi_complexity", 0.6, 0, 1, "1/yr", CW_PARAM_TAG_ORD,
    "FDI attraction raises the complexity suppliers face (GHS 2005)" },
  [CW_PARAM_FDI_CODIFY] = { "fdi_codify", 0.6, 0, 1, "1/yr", CW_PARAM_TAG_ORD,
    "Unembedded FDI imposes codified specifications (captive chains, GHS 2005)" },
  [CW_PARAM_COMPLEXITY_REVERT] = { "complexity_revert", 0.05, 0, 0.5, "1/yr", CW_PARAM_TAG_INV,
    "Pull of complexity back toward its initial level" },
  [CW_PARAM_GOV_THRESHOLD] = { "gov_threshold", 0.5, 0.3, 0.7, "", CW_PARAM_TAG_ORD,
    "High/low threshold of complexity, codifiability, supplier capability (GHS 2005)" },
  [CW_PARAM_GOV_WIDTH] = { "gov_width", 0.05, 0.01, 0.2, "", CW_PARAM_TAG_INV,
    "Width of the smooth high/low membership" },
  [CW_PARAM_GOV_LEAD] = { "gov_lead", 0.1, 0, 0.5, "", CW_PARAM_TAG_INV,
    "Lead another governance mode needs to take over at once" },
  [CW_PARAM_GOV_PERSIST] = { "gov_persist", 4, 1, 12, "quarters", CW_PARAM_TAG_INV,
    "Steps another mode must lead to take over" },
  [CW_PARAM_LC_EMERGENCE_FIRMS] = { "lc_emergence_firms", 20, 5, 100, "firms", CW_PARAM_TAG_INV,
    "Below this many firms a cluster is emerging" },
  [CW_PARAM_LC_EMERGENCE_H] = { "lc_emergence_h", 0.7, 0.5, 0.9, "", CW_PARAM_TAG_INV,
    "Heterogeneity above which a loosely tied cluster is emerging" },
  [CW_PARAM_LC_EMERGENCE_DENSITY] = { "lc_emergence_density", 0.3, 0.1, 0.5, "", CW_PARAM_TAG_INV,
    "Density below which a varied cluster is emerging" },
  [CW_PARAM_LC_GROWTH_RATE] = { "lc_growth_rate", 0.03, 0.01, 0.1, "1/yr", CW_PARAM_TAG_INV,
    "Firm growth rate marking growth or decline" },
  [CW_PARAM_LC_GROWTH_OPENNESS] = { "lc_growth_openness", 0.4, 0.2, 0.6, "", CW_PARAM_TAG_INV,
    "Openness a growing cluster needs" },
  [CW_PARAM_LC_SUSTAIN_OPENNESS] = { "lc_sustain_openness", 0.3, 0.1, 0.5, "", CW_PARAM_TAG_INV,
    "Openness a sustaining cluster needs" },
  [CW_PARAM_LC_LOCKIN_H] = { "lc_lockin_h", 0.35, 0.1, 0.5, "", CW_PARAM_TAG_ORD,
    "Heterogeneity below which a closed cluster is locked in (Menzel & Fornahl 2010)" },
  [CW_PARAM_LC_LOCKIN_OPENNESS] = { "lc_lockin_openness", 0.3, 0.1, 0.5, "", CW_PARAM_TAG_ORD,
    "Openness below which a homogeneous cluster is locked in" },
  [CW_PARAM_LC_RENEWAL_DH] = { "lc_renewal_dh", 0.05, 0.01, 0.2, "", CW_PARAM_TAG_INV,
    "Rise of heterogeneity over 3 years that marks renewal" },
  [CW_PARAM_LC_RENEWAL_OPENNESS] = { "lc_renewal_openness", 0.4, 0.2, 0.6, "", CW_PARAM_TAG_INV,
    "Openness a renewing cluster needs" },
  [CW_PARAM_LC_PERSIST] = { "lc_persist", 8, 1, 20, "quarters", CW_PARAM_TAG_INV,
    "Steps a stage condition must hold before the stage changes" },
  [CW_PARAM_PROSPECTS_EMERGENCE] = { "prospects_emergence", 0.5, 0, 1, "", CW_PARAM_TAG_ORD,
    "Upgrading prospects in emergence: moderate (seed table)" },
  [CW_PARAM_PROSPECTS_GROWTH] = { "prospects_growth", 1, 0, 1, "", CW_PARAM_TAG_ORD,
    "Upgrading prospects in growth: high (seed table)" },
  [CW_PARAM_PROSPECTS_SUSTAINMENT] = { "prospects_sustainment", 0.5, 0, 1, "", CW_PARAM_TAG_ORD,
    "Upgrading prospects in sustainment: moderate (seed table)" },
  [CW_PARAM_PROSPECTS_DECLINE] = { "prospects_decline", 0.2, 0, 1, "", CW_PARAM_TAG_ORD,
    "Upgrading prospects in decline: low (seed table)" },
  [CW_PARAM_PROSPECTS_RENEWAL] = { "prospects_renewal", 1, 0, 1, "", CW_PARAM_TAG_ORD,
    "Upgrading prospects in renewal: high (seed table)" },
  [CW_PARAM_AW_CAMPAIGN] = { "aw_campaign", 1.2, 0, 5, "1/yr", CW_PARAM_TAG_INV,
    "Awareness gained per year from a full campaign (a_c)" },
  [CW_PARAM_AW_PLATFORMS] = { "aw_platforms", 0.6, 0, 5, "1/yr", CW_PARAM_TAG_INV,
    "Awareness gained per year from full platforms (a_p)" },
  [CW_PARAM_AW_MEMBERS] = { "aw_members", 0.3, 0, 2, "1/yr", CW_PARAM_TAG_INV,
    "Awareness spread by members (a_m)" },
  [CW_PARAM_AW_DECAY] = { "aw_decay", 0.15, 0, 1, "1/yr", CW_PARAM_TAG_INV,
    "Yearly decay of awareness (δ_A)" },
  [CW_PARAM_LEG_CODESIGN] = { "leg_codesign", 1.5, 0, 5, "1/yr", CW_PARAM_TAG_ORD,
    "Legitimacy from co-design, scaled by awareness (l_d; Hamburg cycle)" },
  [CW_PARAM_LEG_ENGAGED] = { "leg_engaged", 0.4, 0, 2, "1/yr", CW_PARAM_TAG_ORD,
    "Legitimacy from firms at levels III–IV (l_c)" },
  [CW_PARAM_LEG_TRUST] = { "leg_trust", 0.2, 0, 2, "1/yr", CW_PARAM_TAG_INV,
    "Legitimacy from trust times awareness (l_t)" },
  [CW_PARAM_LEG_DECAY] = { "leg_decay", 0.12, 0, 1, "1/yr", CW_PARAM_TAG_INV,
    "Yearly decay of legitimacy (δ_L)" },
  [CW_PARAM_MIS_RATE] = { "mis_rate", 1, 0, 5, "1/yr", CW_PARAM_TAG_INV,
    "Mission orientation gained from a full mission, scaled by legitimacy (q_m)" },
  [CW_PARAM_MIS_DECAY] = { "mis_decay", 0.15, 0, 1, "1/yr", CW_PARAM_TAG_INV,
    "Yearly decay of mission orientation (δ_Q)" },
  [CW_PARAM_MGMT_RATE] = { "mgmt_rate", 0.8, 0, 5, "1/yr", CW_PARAM_TAG_INV,
    "Management proficiency gained from full funding (m_m)" },
  [CW_PARAM_MGMT_DECAY] = { "mgmt_decay", 0.08, 0, 1, "1/yr", CW_PARAM_TAG_INV,
    "Yearly decay of management proficiency (δ_M)" },
  [CW_PARAM_TRUST_BUILD] = { "trust_build", 0.8, 0, 5, "1/yr", CW_PARAM_TAG_INV,
    "Trust gained from full trust building (t_b)" },
  [CW_PARAM_TRUST_LEARN] = { "trust_learn", 0.3, 0, 2, "1/yr", CW_PARAM_TAG_ORD,
    "Trust follows the realised learning benefit (t_r; Rozkwitalska & Lis 2022)" },
  [CW_PARAM_TRUST_DECAY] = { "trust_decay", 0.05, 0, 1, "1/yr", CW_PARAM_TAG_INV,
    "Yearly decay of trust (δ_T)" },
  [CW_PARAM_COOP_UP_BASE] = { "coop_up_base", -1.2, -6, 2, "log-odds", CW_PARAM_TAG_INV,
    "Base utility of climbing one cooperation level (a_level)" },
  [CW_PARAM_COOP_UP_SLOPE] = { "coop_up_slope", -0.55, -2, 0, "", CW_PARAM_TAG_ORD,
    "Each higher level is harder to reach: fewer firms climb (Rozkwitalska & Lis 2022)" },
  [CW_PARAM_COOP_BENEFIT] = { "coop_benefit", 2.0, 0, 6, "", CW_PARAM_TAG_INV,
    "Weight of the benefit in the climbing utility (b_B)" },
  [CW_PARAM_COOP_COST] = { "coop_cost", 1.5, 0, 6, "", CW_PARAM_TAG_ORD,
    "Weight of the cost in the climbing utility (b_C; Norwegian clusters)" },
  [CW_PARAM_COOP_INERTIA] = { "coop_inertia", 2.5, 0, 6, "", CW_PARAM_TAG_ORD,
    "Weight of inertia of capable firms (b_I; 'not invented here')" },
  [CW_PARAM_COOP_MANAGEMENT] = { "coop_management", 1.0, 0, 4, "", CW_PARAM_TAG_ORD,
    "Weight of management proficiency (b_M; Norwegian clusters)" },
  [CW_PARAM_COOP_TRUST] = { "coop_trust", 1.0, 0, 4, "", CW_PARAM_TAG_ORD,
    "Weight of trust (b_T; Rozkwitalska & Lis 2022)" },
  [CW_PARAM_COOP_FOLLOW] = { "coop_follow", 1.5, 0, 4, "", CW_PARAM_TAG_ORD,
    "Weight of engaged firms nearby: leader-follower (b_F; Swedish case)" },
  [CW_PARAM_COOP_DOWN_BASE] = { "coop_down_base", -3.0, -6, 2, "log-odds", CW_PARAM_TAG_INV,
    "Base utility of stepping down one level (c_level)" },
  [CW_PARAM_COOP_DOWN_BENEFIT] = { "coop_down_benefit", 1.5, 0, 6, "", CW_PARAM_TAG_INV,
    "Benefit keeps firms from stepping down (d_B)" },
  [CW_PARAM_COOP_DOWN_COST] = { "coop_down_cost", 1.5, 0, 6, "", CW_PARAM_TAG_ORD,
    "Cost makes firms step down (d_C)" },
  [CW_PARAM_COOP_PROJECT] = { "coop_project", 1.5, 0, 3, "1/yr", CW_PARAM_TAG_ORD,
    "Long projects lose participants beyond two years (d_P; Norwegian clusters)" },
  [CW_PARAM_COOP_COMPETITION] = { "coop_competition", 1.5, 0, 4, "", CW_PARAM_TAG_ORD,
    "Competition among members makes them step down (d_X; Norwegian clusters)" },
  [CW_PARAM_COOP_RATE] = { "coop_rate", 2, 0.5, 8, "1/yr", CW_PARAM_TAG_INV,
    "Opportunities per year to change the cooperation level" },
  [CW_PARAM_COOP_RECRUIT] = { "coop_recruit", 0.8, 0, 4, "", CW_PARAM_TAG_INV,
    "Weight of awareness in joining from outside" },
  [CW_PARAM_COOP_FEE] = { "coop_fee", 0.3, 0, 1, "", CW_PARAM_TAG_INV,
    "Membership fee relative to a medium firm's means" },
  [CW_PARAM_COOP_TIME] = { "coop_time", 0.15, 0, 1, "", CW_PARAM_TAG_ORD,
    "Time cost per cooperation level (Swedish case: lack of time)" },
  [CW_PARAM_LOCO_CAPABILITY] = { "loco_capability", 0.6, 0.3, 0.9, "", CW_PARAM_TAG_INV,
    "Capability a level-IV firm needs to become a locomotive" },
  [CW_PARAM_LOCO_EFFORT] = { "loco_effort", 0.5, 0.2, 0.9, "", CW_PARAM_TAG_INV,
    "Effort a level-IV firm needs to become a locomotive" },
  [CW_PARAM_LOCO_ALIGNMENT] = { "loco_alignment", 0.5, 0, 1, "", CW_PARAM_TAG_ORD,
    "Alignment a locomotive needs with the cluster's domain" },
  [CW_PARAM_ABSORB_K] = { "absorb_k", 2.5, 0.5, 5, "", CW_PARAM_TAG_ORD,
    "Weight of prior knowledge in absorptive capacity (ρ_k; Cohen & Levinthal 1990)" },
  [CW_PARAM_ABSORB_E] = { "absorb_e", 0.5, 0.5, 5, "", CW_PARAM_TAG_ORD,
    "Weight of effort in absorptive capacity (ρ_e; Cohen & Levinthal 1990)" },
  [CW_PARAM_ABSORB_BETA0] = { "absorb_beta0", 3.0, 0.2, 3, "", CW_PARAM_TAG_INV,
    "Base difficulty of absorbing knowledge (β0)" },
  [CW_PARAM_ABSORB_BETA1] = { "absorb_beta1", 0.8, 0, 3, "", CW_PARAM_TAG_ORD,
    "Complex transactions are harder to absorb (β1)" },
  [CW_PARAM_CAP_EFFORT] = { "cap_effort", 0.015, 0, 0.5, "1/yr", CW_PARAM_TAG_ORD,
    "Own effort builds capability (η; resource-based view)" },
  [CW_PARAM_CAP_COOP] = { "cap_coop", 8, 0, 10, "1/yr", CW_PARAM_TAG_ORD,
    "Learning from partners in the cluster organisation (θ_CO)" },
  [CW_PARAM_CAP_INFORMAL] = { "cap_informal", 1.5, 0, 10, "1/yr", CW_PARAM_TAG_ORD,
    "Informal spillovers through the internal network (θ_inf)" },
  [CW_PARAM_CAP_GVC_MARKET] = { "cap_gvc_market", 0.01, 0, 0.5, "1/yr", CW_PARAM_TAG_ORD,
    "Learning from the chain in market governance (θ_G)" },
  [CW_PARAM_CAP_GVC_MODULAR] = { "cap_gvc_modular", 0.025, 0, 0.5, "1/yr", CW_PARAM_TAG_ORD,
    "Learning from the chain in modular governance (θ_G)" },
  [CW_PARAM_CAP_GVC_RELATIONAL] = { "cap_gvc_relational", 0.04, 0, 0.5, "1/yr", CW_PARAM_TAG_ORD,
    "Learning from the chain in relational governance (θ_G)" },
  [CW_PARAM_CAP_GVC_CAPTIVE] = { "cap_gvc_captive", 0.05, 0, 0.5, "1/yr", CW_PARAM_TAG_ORD,
    "Learning from the chain in captive governance: fast process upgrading (θ_G; Humphrey & Schmitz 2002)" },
  [CW_PARAM_CAP_GVC_HIERARCHY] = { "cap_gvc_hierarchy", 0.02, 0, 0.5, "1/yr", CW_PARAM_TAG_ORD,
    "Learning from the chain in hierarchy (θ_G)" },
  [CW_PARAM_CAP_GVC_EXCLUDED] = { "cap_gvc_excluded", 0, 0, 0.5, "1/yr", CW_PARAM_TAG_ORD,
    "Excluded suppliers learn nothing from the chain (θ_G)" },
  [CW_PARAM_CAP_EDUCATION] = { "cap_education", 0.6, 0, 1.2, "1/yr", CW_PARAM_TAG_INV,
    "Capability from full education, strongest for low capability (φ_edu)" },
  [CW_PARAM_CAP_RD] = { "cap_rd", 0.25, 0, 1, "1/yr", CW_PARAM_TAG_INV,
    "Capability from a full R&D subsidy (φ_rd)" },
  [CW_PARAM_CAP_PARK] = { "cap_park", 0.05, 0, 1, "1/yr", CW_PARAM_TAG_INV,
    "Capability from a full technology park (φ_pk)" },
  [CW_PARAM_CAP_TESTLAB] = { "cap_testlab", 0.10, 0, 1, "1/yr", CW_PARAM_TAG_INV,
    "Capability of small firms from a full test lab (φ_tl)" },
  [CW_PARAM_CAP_DECAY] = { "cap_decay", 0.03, 0, 0.3, "1/yr", CW_PARAM_TAG_INV,
    "Obsolescence of capability (δ_k)" },
  [CW_PARAM_CAP_NOISE] = { "cap_noise", 0.01, 0, 0.05, "", CW_PARAM_TAG_INV,
    "Quarterly noise of capability (σ_k)" },
  [CW_PARAM_KAPPA_LEVEL1] = { "kappa_level1", 0.05, 0, 1, "", CW_PARAM_TAG_ORD,
    "Learning weight of level I, participants (Rozkwitalska & Lis 2022)" },
  [CW_PARAM_KAPPA_LEVEL2] = { "kappa_level2", 0.3, 0, 1, "", CW_PARAM_TAG_ORD,
    "Learning weight of level II (Rozkwitalska & Lis 2022)" },
  [CW_PARAM_KAPPA_LEVEL3] = { "kappa_level3", 0.3, 0, 1, "", CW_PARAM_TAG_ORD,
    "Learning weight of level III (Rozkwitalska & Lis 2022)" },
  [CW_PARAM_KAPPA_LEVEL4] = { "kappa_level4", 0.6, 0, 1, "", CW_PARAM_TAG_ORD,
    "Learning weight of level IV (Rozkwitalska & Lis 2022)" },
  [CW_PARAM_KAPPA_LOCOMOTIVE] = { "kappa_locomotive", 0.8, 0, 1, "", CW_PARAM_TAG_ORD,
    "Learning weight of locomotives (Rozkwitalska & Lis 2022)" },
  [CW_PARAM_DISTANCE_D0] = { "distance_d0", 0.1, 0.02, 0.5, "", CW_PARAM_TAG_ORD,
    "Best cognitive distance without absorptive capacity (Nooteboom et al. 2007)" },
  [CW_PARAM_DISTANCE_D1] = { "distance_d1", 0.12, 0, 0.5, "", CW_PARAM_TAG_ORD,
    "Best cognitive distance grows with absorptive capacity (Nooteboom et al. 2007)" },
  [CW_PARAM_X_CONVERGE] = { "x_converge", 0.2, 0, 2, "1/yr", CW_PARAM_TAG_ORD,
    "Learning pulls firms toward partners in technology space (Menzel & Fornahl 2010)" },
  [CW_PARAM_X_DIVERGE] = { "x_diverge", 0.03, 0, 0.5, "", CW_PARAM_TAG_ORD,
    "Outside links push firms out in technology space (Menzel & Fornahl 2010)" },
  [CW_PARAM_X_SMART] = { "x_smart", 0.4, 0, 2, "1/yr", CW_PARAM_TAG_INV,
    "Pull of smart specialisation toward its focus" },
  [CW_PARAM_X_SMART_SPREAD] = { "x_smart_spread", 0.1, 0, 0.3, "", CW_PARAM_TAG_INV,
    "Related variety smart specialisation keeps around its focus" },
  [CW_PARAM_X_CROSS] = { "x_cross", 0.05, 0, 0.3, "", CW_PARAM_TAG_INV,
    "Variety cross-clustering brings in when heterogeneity is low" },
  [CW_PARAM_X_CROSS_TARGET] = { "x_cross_target", 0.55, 0.3, 0.8, "", CW_PARAM_TAG_ORD,
    "Moderate heterogeneity cross-clustering aims for (Ter Wal & Boschma 2011)" },
  [CW_PARAM_EFFORT_RD] = { "effort_rd", 0.3, 0, 1, "", CW_PARAM_TAG_INV,
    "Effort raised by a full R&D subsidy (ε_rd)" },
  [CW_PARAM_EFFORT_VC] = { "effort_vc", 0.3, 0, 1, "", CW_PARAM_TAG_INV,
    "Effort of young firms raised by a full venture fund (ε_vc)" },
  [CW_PARAM_EFFORT_DEMAND] = { "effort_demand", 0.1, 0, 0.5, "", CW_PARAM_TAG_INV,
    "Effort follows demand (ε_D)" },
  [CW_PARAM_EFFORT_RATE] = { "effort_rate", 0.5, 0.05, 3, "1/yr", CW_PARAM_TAG_INV,
    "Rate at which effort moves to its target (λ_e)" },
  [CW_PARAM_EFFORT_YOUNG] = { "effort_young", 3, 1, 10, "yr", CW_PARAM_TAG_INV,
    "Age below which a firm counts as young" },
  [CW_PARAM_DIGITAL_TESTLAB] = { "digital_testlab", 1, 0, 5, "", CW_PARAM_TAG_INV,
    "Test lab multiplies the innovation coefficient (π_t)" },
  [CW_PARAM_DIGITAL_WORKSHOPS] = { "digital_workshops", 3, 0, 6, "", CW_PARAM_TAG_INV,
    "Workshops multiply the innovation coefficient of programme firms (π_w)" },
  [CW_PARAM_DIGITAL_COOP] = { "digital_coop", 1.5, 0, 3, "", CW_PARAM_TAG_ORD,
    "Cooperation at level II or above speeds imitation (χ_c; Norwegian clusters)" },
  [CW_PARAM_DIGITAL_MANAGEMENT] = { "digital_management", 1.5, 0, 3, "", CW_PARAM_TAG_ORD,
    "Proficient management speeds imitation (χ_M; Norwegian clusters)" },
  [CW_PARAM_DIGITAL_COMPETITION] = { "digital_competition", 0.6, 0, 1, "", CW_PARAM_TAG_ORD,
    "Competition among members slows imitation (χ_X; Norwegian clusters)" },
  [CW_PARAM_DIGITAL_SIZE] = { "digital_size", 0.4, 0, 1, "", CW_PARAM_TAG_ORD,
    "Small firms adopt more slowly (cost of taking part; Norwegian clusters)" },
  [CW_PARAM_DIGITAL_DENSITY] = { "digital_density", 1.2, 0, 4, "", CW_PARAM_TAG_ORD,
    "Dense internal networks speed imitation" },
  [CW_PARAM_BASS_P0] = { "bass_p0", 0.03, 0.005, 0.1, "1/yr", CW_PARAM_TAG_INV,
    "Bass innovation coefficient at the meta-analysis mean Sultan, Farley & Lehmann 1990 report (no table checked)" },
  [CW_PARAM_BASS_Q0] = { "bass_q0", 0.38, 0.1, 0.8, "1/yr", CW_PARAM_TAG_INV,
    "Bass imitation coefficient at the meta-analysis mean Sultan, Farley & Lehmann 1990 report (no table checked)" },
  [CW_PARAM_CODIFY_DIGITAL] = { "codify_digital", 0.25, 0, 1, "1/yr", CW_PARAM_TAG_ORD,
    "Digital adoption codifies transactions (GHS 2005)" },
  [CW_PARAM_CODIFY_STANDARDS] = { "codify_standards", 0.25, 0, 1, "1/yr", CW_PARAM_TAG_INV,
    "Standards codify transactions" },
  [CW_PARAM_CODIFY_REVERT] = { "codify_revert", 0.05, 0, 0.5, "1/yr", CW_PARAM_TAG_INV,
    "Pull of codifiability back toward its initial level" },
  [CW_PARAM_PROG_CAPACITY] = { "prog_capacity", 0.5, 0, 1, "", CW_PARAM_TAG_INV,
    "Programme places at full levers, as a share of firms (Swedish case: 55 firms)" },
  [CW_PARAM_PROG_RECRUIT] = { "prog_recruit", 1.5, 0, 5, "1/yr", CW_PARAM_TAG_INV,
    "Yearly rate of recruiting into the programme, times awareness" },
  [CW_PARAM_INTL_BASE] = { "intl_base", 0.005, 0, 0.2, "1/yr", CW_PARAM_TAG_INV,
    "Base hazard of finding an international partner (ζ0)" },
  [CW_PARAM_INTL_CAPABILITY] = { "intl_capability", 0.01, 0, 0.5, "1/yr", CW_PARAM_TAG_INV,
    "Capable firms find partners more easily (ζ_k)" },
  [CW_PARAM_INTL_DOSE] = { "intl_dose", 0.65, 0, 1, "1/yr", CW_PARAM_TAG_INV,
    "Partner-search hazard of a programme firm at full consultant hours, calibrated so about 38 of 55 supported firms find partners (Swedish case)" },
  [CW_PARAM_INTL_LEADERS] = { "intl_leaders", 0.05, 0, 1, "1/yr", CW_PARAM_TAG_ORD,
    "Internationalised firms nearby help followers (ζ_F; leader-follower)" },
  [CW_PARAM_INTL_LEAD] = { "intl_lead", 0.15, 0, 1, "1/yr", CW_PARAM_TAG_ORD,
    "Lead-firm internationalisation for linked suppliers (ζ_L)" },
  [CW_PARAM_INTL_EXCLUDED] = { "intl_excluded", 0.5, 0, 1, "", CW_PARAM_TAG_ORD,
    "Share of the hazard an excluded chain cuts" },
  [CW_PARAM_DROP_BASE] = { "drop_base", -3.5, -6, 2, "log-odds", CW_PARAM_TAG_INV,
    "Base log-odds of dropping out per year (o0)" },
  [CW_PARAM_DROP_BUREAUCRACY] = { "drop_bureaucracy", 2.5, 0, 6, "", CW_PARAM_TAG_ORD,
    "Bureaucracy makes firms drop out (o_b; Swedish case)" },
  [CW_PARAM_DROP_SIZE] = { "drop_size", 1.0, 0, 4, "", CW_PARAM_TAG_ORD,
    "Small firms drop out more: lack of time (o_s; Swedish case)" },
  [CW_PARAM_DROP_BENEFIT] = { "drop_benefit", 1.0, 0, 4, "", CW_PARAM_TAG_INV,
    "Business coaching keeps programme firms in (o_B; Swedish case)" },
  [CW_PARAM_PROTO_RATE] = { "proto_rate", 1.0, 0, 2, "1/yr", CW_PARAM_TAG_INV,
    "Prototypes per programme firm at levels II–IV at a full export lab, calibrated to about 12 of 55 supported firms (Swedish case)" },
  [CW_PARAM_V_RATE] = { "v_rate", 0.25, 0, 2, "1/yr", CW_PARAM_TAG_INV,
    "Rate of functional upgrading toward the ceiling (τ)" },
  [CW_PARAM_V_CEILING_MARKET] = { "v_ceiling_market", 1, 0, 1, "", CW_PARAM_TAG_ORD,
    "Functional ceiling in market chains (Humphrey & Schmitz 2002)" },
  [CW_PARAM_V_CEILING_MODULAR] = { "v_ceiling_modular", 0.8, 0, 1, "", CW_PARAM_TAG_ORD,
    "Functional ceiling in modular chains" },
  [CW_PARAM_V_CEILING_RELATIONAL] = { "v_ceiling_relational", 1, 0, 1, "", CW_PARAM_TAG_ORD,
    "Functional ceiling in relational chains" },
  [CW_PARAM_V_CEILING_CAPTIVE] = { "v_ceiling_captive", 0.45, 0, 1, "", CW_PARAM_TAG_ORD,
    "Functional ceiling in captive chains: functional upgrading blocked (Humphrey & Schmitz 2002)" },
  [CW_PARAM_V_CEILING_HIERARCHY] = { "v_ceiling_hierarchy", 0.55, 0, 1, "", CW_PARAM_TAG_ORD,
    "Functional ceiling in hierarchy" },
  [CW_PARAM_V_CEILING_EXCLUDED] = { "v_ceiling_excluded", 0.3, 0, 1, "", CW_PARAM_TAG_ORD,
    "Functional ceiling of excluded suppliers" },
  [CW_PARAM_V_SPEED_MARKET] = { "v_speed_market", 0.3, 0, 1, "", CW_PARAM_TAG_ORD,
    "Speed of functional upgrading in market chains" },
  [CW_PARAM_V_SPEED_MODULAR] = { "v_speed_modular", 0.6, 0, 1, "", CW_PARAM_TAG_ORD,
    "Speed of functional upgrading in modular chains" },
  [CW_PARAM_V_SPEED_RELATIONAL] = { "v_speed_relational", 0.7, 0, 1, "", CW_PARAM_TAG_ORD,
    "Speed of functional upgrading in relational chains" },
  [CW_PARAM_V_SPEED_CAPTIVE] = { "v_speed_captive", 0.9, 0, 1, "", CW_PARAM_TAG_ORD,
    "Speed of functional upgrading in captive chains" },
  [CW_PARAM_V_SPEED_HIERARCHY] = { "v_speed_hierarchy", 0.5, 0, 1, "", CW_PARAM_TAG_ORD,
    "Speed of functional upgrading in hierarchy" },
  [CW_PARAM_V_SPEED_EXCLUDED] = { "v_speed_excluded", 0.2, 0, 1, "", CW_PARAM_TAG_ORD,
    "Speed of functional upgrading of excluded suppliers" },
  [CW_PARAM_V_RELOCATION] = { "v_relocation", 0.08, 0, 0.5, "1/yr", CW_PARAM_TAG_ORD,
    "Lead relocation moves linked firms' functions up or down" },
  [CW_PARAM_V_EMBEDDING] = { "v_embedding", 0.1, 0, 0.5, "1/yr", CW_PARAM_TAG_ORD,
    "FDI embedding moves suppliers' functions up (long-term contracts)" },
  [CW_PARAM_V_FDI_CAPTIVE] = { "v_fdi_captive", 0.15, 0, 0.5, "1/yr", CW_PARAM_TAG_ORD,
    "Unembedded FDI pushes suppliers' functions down" },
  [CW_PARAM_NET_ENGAGED] = { "net_engaged", 0.2, 0, 2, "1/yr", CW_PARAM_TAG_INV,
    "Density from firms at levels III–IV (ζ_in)" },
  [CW_PARAM_NET_PLATFORMS] = { "net_platforms", 0.3, 0, 2, "1/yr", CW_PARAM_TAG_INV,
    "Density from full platforms (ζ_pl)" },
  [CW_PARAM_NET_PARK] = { "net_park", 0.3, 0, 2, "1/yr", CW_PARAM_TAG_INV,
    "Density from a full technology park (ζ_pk)" },
  [CW_PARAM_NET_IN_DECAY] = { "net_in_decay", 0.05, 0, 1, "1/yr", CW_PARAM_TAG_INV,
    "Yearly decay of density" },
  [CW_PARAM_NET_INTL] = { "net_intl", 0.15, 0, 2, "1/yr", CW_PARAM_TAG_INV,
    "Openness from internationalised firms (ζ_z)" },
  [CW_PARAM_NET_FDI] = { "net_fdi", 0.3, 0, 2, "1/yr", CW_PARAM_TAG_INV,
    "Openness from FDI embedding (ζ_f)" },
  [CW_PARAM_NET_LEAD] = { "net_lead", 0.25, 0, 2, "1/yr", CW_PARAM_TAG_INV,
    "Openness from lead-firm internationalisation (ζ_l)" },
  [CW_PARAM_NET_CROSS] = { "net_cross", 0.3, 0, 2, "1/yr", CW_PARAM_TAG_INV,
    "Openness from cross-clustering (ζ_x)" },
  [CW_PARAM_NET_TRIPS] = { "net_trips", 0.2, 0, 2, "1/yr", CW_PARAM_TAG_INV,
    "Openness from trips to fairs (ζ_t)" },
  [CW_PARAM_NET_EX_DECAY] = { "net_ex_decay", 0.05, 0, 1, "1/yr", CW_PARAM_TAG_INV,
    "Yearly decay of openness" },
  [CW_PARAM_NET_EX_BASE] = { "net_ex_base", 0.02, 0, 0.5, "1/yr", CW_PARAM_TAG_INV,
    "Openness kept by everyday outside trade" },
  [CW_PARAM_BIRTH_RATE] = { "birth_rate", 0.15, 0, 1, "1/yr", CW_PARAM_TAG_INV,
    "Logistic entry rate of new firms (b0)" },
  [CW_PARAM_CARRYING_CAPACITY] = { "carrying_capacity", 1, 0.3, 5, "", CW_PARAM_TAG_INV,
    "Carrying capacity as a multiple of the initial firms (K0)" },
  [CW_PARAM_CAPACITY_VARIETY] = { "capacity_variety", 0.3, 0, 1, "", CW_PARAM_TAG_ORD,
    "Moderate variety raises carrying capacity (κ_H; Menzel & Fornahl 2010)" },
  [CW_PARAM_CAPACITY_PARK] = { "capacity_park", 0.2, 0, 1, "", CW_PARAM_TAG_INV,
    "A technology park raises carrying capacity (κ_pk)" },
  [CW_PARAM_CAPACITY_DEMAND] = { "capacity_demand", 0.2, 0, 1, "", CW_PARAM_TAG_INV,
    "Demand raises carrying capacity (κ_D)" },
  [CW_PARAM_SPINOFF_RATE] = { "spinoff_rate", 0.02, 0, 0.2, "1/yr", CW_PARAM_TAG_ORD,
    "Spin-offs per capable engaged firm per year (Menzel & Fornahl 2010)" },
  [CW_PARAM_ENTRY_VENTURE] = { "entry_venture", 0.04, 0, 0.3, "1/yr", CW_PARAM_TAG_INV,
    "Entrants per firm per year from a full venture fund" },
  [CW_PARAM_ENTRY_FDI] = { "entry_fdi", 0.04, 0, 0.3, "1/yr", CW_PARAM_TAG_INV,
    "Foreign entrants per firm per year from full FDI attraction" },
  [CW_PARAM_ENTRY_MISSION] = { "entry_mission", 0.03, 0, 0.3, "1/yr", CW_PARAM_TAG_INV,
    "Entrants in emerging industries per firm per year from a mission" },
  [CW_PARAM_EXIT_BASE] = { "exit_base", -3.8, -8, 0, "log-odds", CW_PARAM_TAG_INV,
    "Base log-odds of exit per year (χ0)" },
  [CW_PARAM_EXIT_CAPABILITY] = { "exit_capability", 1.5, 0, 8, "", CW_PARAM_TAG_ORD,
    "Firms behind the frontier exit (χ_k)" },
  [CW_PARAM_EXIT_VALUE] = { "exit_value", 1, 0, 4, "", CW_PARAM_TAG_ORD,
    "Higher value-added positions protect (χ_v)" },
  [CW_PARAM_EXIT_DEMAND] = { "exit_demand", 1, 0, 4, "", CW_PARAM_TAG_INV,
    "Demand protects (χ_D)" },
  [CW_PARAM_EXIT_LOCKIN] = { "exit_lockin", 1.5, 0, 4, "", CW_PARAM_TAG_ORD,
    "Locked-in clusters lose firms (χ_L; Menzel & Fornahl 2010)" },
  [CW_PARAM_EXIT_RELOCATION] = { "exit_relocation", 1.5, 0, 4, "", CW_PARAM_TAG_ORD,
    "Lead relocation out makes firms exit" },
  [CW_PARAM_PROJECT_YEARS] = { "project_years", 2, 0.5, 6, "yr", CW_PARAM_TAG_INV,
    "Length of projects funded as a standing lever; in a drawn stage they last as long as the stage. Beyond two years they lose participants (Norwegian clusters)" },
  [CW_PARAM_CAP_EXTERNAL] = { "cap_external", 0.12, 0, 0.5, "1/yr", CW_PARAM_TAG_ORD,
    "Learning through links outside the cluster, times openness (Ter Wal & Boschma 2011)" },
  [CW_PARAM_CAP_EMBEDDING] = { "cap_embedding", 0.2, 0, 1, "1/yr", CW_PARAM_TAG_ORD,
    "Supplier learning from embedded foreign investors (Humphrey & Schmitz 2002)" },
  [CW_PARAM_INTL_OPENNESS] = { "intl_openness", 0.04, 0, 1, "1/yr", CW_PARAM_TAG_INV,
    "An open cluster's firms find international partners more easily" },
  [CW_PARAM_EFFORT_CAPABILITY] = { "effort_capability", 0.5, 0, 1, "", CW_PARAM_TAG_ORD,
    "Capable firms commit more effort: cumulative causation behind path dependence (Lall 1992)" },
  [CW_PARAM_CAP_LOCKIN] = { "cap_lockin", 5, 0, 10, "", CW_PARAM_TAG_ORD,
    "Knowledge ages faster in a homogeneous, closed cluster: lock-in (Menzel & Fornahl 2010)" },
  [CW_PARAM_CAP_COCREATE] = { "cap_cocreate", 0.15, 0, 0.2, "", CW_PARAM_TAG_ORD,
    "Knowledge partners in projects (level IV) co-create, beyond what the leaders pass on (Rozkwitalska & Lis 2022)" },
  [CW_PARAM_LOCO_BASE] = { "loco_base", 0.02, 0, 0.5, "", CW_PARAM_TAG_INV,
    "Share of eligible level-IV firms per cooperation opportunity that start initiating projects" },
  [CW_PARAM_LOCO_CONSORTIA] = { "loco_consortia", 0.1, 0, 1, "", CW_PARAM_TAG_INV,
    "Project-consortia funding speeds locomotive formation (Rozkwitalska & Lis 2022)" },
  [CW_PARAM_PLATFORMS_DIRECT] = { "platforms_direct", 0.5, 0, 1, "", CW_PARAM_TAG_INV,
    "Share of newcomers that platforms and events bring straight to level I" },
  [CW_PARAM_SPINOFF_CAPABILITY] = { "spinoff_capability", 0.8, 0.3, 1, "", CW_PARAM_TAG_ORD,
    "Capability of a spin-off relative to its parent (Menzel & Fornahl 2010)" },
  [CW_PARAM_FDI_ENTRANT_CAPABILITY] = { "fdi_entrant_capability", 0.6, 0.2, 1, "", CW_PARAM_TAG_INV,
    "Capability of a foreign investor entering the cluster" },
  [CW_PARAM_POOL_OUTSIDER_WEIGHT] = { "pool_outsider_weight", 0.05, 0, 1, "", CW_PARAM_TAG_INV,
    "Weight of a firm outside the organisation as a source of spillovers (informal ties)" },
  [CW_PARAM_CAP_SECULAR] = { "cap_secular", 0.005, 0, 0.01, "1/yr", CW_PARAM_TAG_INV,
    "Secular drift: capability every firm gains from exogenous learning, small next to policy" },
  [CW_PARAM_CONSORTIA_DIRECT] = { "consortia_direct", 0.5, 0, 1, "", CW_PARAM_TAG_ORD,
    "Share of task-group members (II–III) per cooperation opportunity that full consortia funding takes into projects (IV; Rozkwitalska & Lis 2022)" },
  [CW_PARAM_COST_FIRM_EDUCATION] = { "cost_firm_education", 4, 2, 6, "k€/firm/yr", CW_PARAM_TAG_INV,
    "Training places: cost per firm trained at full intensity" },
  [CW_PARAM_COST_FIRM_RD_SUBSIDY] = { "cost_firm_rd_subsidy", 15, 7.5, 22.5, "k€/firm/yr", CW_PARAM_TAG_INV,
    "R&D subsidy per firm at full intensity (a small regional R&D grant)" },
  [CW_PARAM_COST_FIRM_TEST_LAB] = { "cost_firm_test_lab", 3, 1.5, 4.5, "k€/firm/yr", CW_PARAM_TAG_INV,
    "Test-lab places: cost per small firm served" },
  [CW_PARAM_COST_FIRM_FEE_SUBSIDY] = { "cost_firm_fee_subsidy", 2, 1, 3, "k€/firm/yr", CW_PARAM_TAG_INV,
    "Membership fee paid for a small member" },
  [CW_PARAM_COST_FIRM_PROJECT_CONSORTIA] = { "cost_firm_project_consortia", 25, 12.5, 37.5, "k€/firm/yr", CW_PARAM_TAG_INV,
    "Project funding per firm in a consortium (level IV)" },
  [CW_PARAM_COST_FIRM_COACHING] = { "cost_firm_coaching", 8, 4, 12, "k€/firm/yr", CW_PARAM_TAG_INV,
    "Business coaching per firm in the programme" },
  [CW_PARAM_COST_FIRM_WORKSHOPS] = { "cost_firm_workshops", 3, 1.5, 4.5, "k€/firm/yr", CW_PARAM_TAG_INV,
    "Workshop places per firm in the programme" },
  [CW_PARAM_COST_FIRM_CONSULTANT_HOURS] = { "cost_firm_consultant_hours", 12, 6, 18, "k€/firm/yr", CW_PARAM_TAG_INV,
    "Consultant hours drawn per firm in the programme" },
  [CW_PARAM_COST_FIRM_TRIPS] = { "cost_firm_trips", 6, 3, 9, "k€/firm/yr", CW_PARAM_TAG_INV,
    "Trips to fairs per firm in the programme" },
  [CW_PARAM_COST_FIRM_EXPORT_LAB] = { "cost_firm_export_lab", 15, 7.5, 22.5, "k€/firm/yr", CW_PARAM_TAG_INV,
    "Export-lab development per firm in the programme" },
  [CW_PARAM_FDI_ENTRANT_VALUE] = { "fdi_entrant_value", 0.25, 0.1, 0.4, "", CW_PARAM_TAG_ORD,
    "Functional position of a foreign branch plant at entry: production, not headquarters functions (GHS 2005)" },
  [CW_PARAM_MISSION_ENTRANT_VALUE] = { "mission_entrant_value", 0.6, 0.4, 0.8, "", CW_PARAM_TAG_ORD,
    "Functional position of a mission's entrants at least: new solutions, design and R&D (Hamburg cycle: mission-oriented value creation)" },
  [CW_PARAM_CAP_WORKSHOPS] = { "cap_workshops", 0.1, 0, 0.2, "1/yr", CW_PARAM_TAG_ORD,
    "Peer learning of programme firms in full workshops, inside γ (Swedish case: workshops)" },
  [CW_PARAM_EFFORT_COACHING] = { "effort_coaching", 0.2, 0, 0.4, "", CW_PARAM_TAG_ORD,
    "Effort of programme firms raised by full business coaching (Swedish case: coaching)" },
  [CW_PARAM_INTL_TRIPS] = { "intl_trips", 3, 0, 6, "", CW_PARAM_TAG_ORD,
    "Trips to fairs multiply how much programme firms see of the leaders abroad (Swedish case: leader-follower)" },
  [CW_PARAM_V_EXPORT_LAB] = { "v_export_lab", 0.25, 0, 0.5, "1/yr", CW_PARAM_TAG_ORD,
    "Functional upgrading of a firm with a prototype from a full export lab (Swedish case: export lab)" },
  [CW_PARAM_LEG_MISSION] = { "leg_mission", 0.3, 0, 0.6, "1/yr", CW_PARAM_TAG_ORD,
    "A mission creates legitimacy for new solutions (Hamburg cycle)" },
  [CW_PARAM_V_MISSION] = { "v_mission", 0.05, 0, 0.1, "1/yr", CW_PARAM_TAG_ORD,
    "Mission-oriented value creation moves firms' functions up, times mission orientation (Hamburg cycle)" },
  [CW_PARAM_LOCO_COCREATE] = { "loco_cocreate", 1.5, 0, 3, "", CW_PARAM_TAG_ORD,
    "Locomotives initiate the projects and co-create this much more than other members at level IV (Rozkwitalska & Lis 2022)" },
  [CW_PARAM_ABSORB_LOCKIN] = { "absorb_lockin", 3, 0, 6, "", CW_PARAM_TAG_ORD,
    "Cognitive lock-in: a locked-in cluster absorbs new knowledge with more difficulty (β_L; Menzel & Fornahl 2010)" },
};

guint
cw_params_count (void)
{
  return G_N_ELEMENTS (params);
}

const CwParamInfo *
cw_param_info (guint index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (params), NULL);
  return &params[index];
}

int
cw_param_from_id (const char *id)
{
  return CW_ID_LOOKUP (params, id);
}

/* The id @id was most likely meant to be, or NULL (cw_id_suggest()). */
const char *
cw_param_suggest (const char *id)
{
  return CW_ID_SUGGEST (params, id);
}

const char *
cw_param_tag_id (CwParamTag tag)
{
  switch (tag)
    {
    case CW_PARAM_TAG_INV: return "inv";
    case CW_PARAM_TAG_ORD: return "ord";
    case CW_PARAM_TAG_LIT: return "lit";
    default: g_return_val_if_reached (NULL);
    }
}

/* What @tag says about a value, translated: the legend of `params`, the
 * Assumptions view and docs/model.md. */
const char *
cw_param_tag_meaning (CwParamTag tag)
{
  switch (tag)
    {
    case CW_PARAM_TAG_INV: return _("invented: size and sign are the modellers' own");
    case CW_PARAM_TAG_ORD: return _("ordered: the sign or ordering comes from the literature, the size is the modellers' own");
    case CW_PARAM_TAG_LIT: return _("literature: the value comes from a table or figure of a named source");
    default: g_return_val_if_reached (NULL);
    }
}

/* The sub-models, in the order of docs/model.md section 7, and the id
 * prefixes of their parameters; the first matching prefix wins. */
static const struct {
  const char *prefixes;  /* space-separated */
  const char *name;
} groups[CW_N_PARAM_GROUPS] = {
  [CW_PARAM_GROUP_LEVERS] = { "lambda0 cost_", N_("Levers and their costs") },
  [CW_PARAM_GROUP_ENVIRONMENT] = { "demand_ complexity_ shock_ fdi_complexity fdi_codify",
                                   N_("Demand, complexity and shocks") },
  [CW_PARAM_GROUP_GOVERNANCE] = { "gov_", N_("Value-chain governance") },
  [CW_PARAM_GROUP_LIFE_CYCLE] = { "lc_ prospects_", N_("Life cycle") },
  [CW_PARAM_GROUP_ORGANISATION] = { "aw_ leg_ mis_ mgmt_ trust_",
                                    N_("Awareness, legitimacy, mission, management and trust") },
  [CW_PARAM_GROUP_COOPERATION] = { "coop_ loco_ project_ consortia_ platforms_",
                                   N_("Cooperation in the cluster organisation") },
  [CW_PARAM_GROUP_CAPABILITIES] = { "absorb_ cap_ kappa_ distance_ x_ pool_",
                                    N_("Capabilities, learning and technology space") },
  [CW_PARAM_GROUP_EFFORT] = { "effort_", N_("Effort") },
  [CW_PARAM_GROUP_DIGITAL] = { "digital_ bass_ codify_", N_("Digital adoption and codification") },
  [CW_PARAM_GROUP_PROGRAMME] = { "prog_ intl_ drop_ proto_", N_("Internationalisation and the programme") },
  [CW_PARAM_GROUP_FUNCTIONS] = { "v_", N_("Functional upgrading") },
  [CW_PARAM_GROUP_NETWORKS] = { "net_", N_("Networks") },
  [CW_PARAM_GROUP_DEMOGRAPHY] = { "birth_ carrying_ capacity_ spinoff_ entry_ exit_ fdi_entrant_ mission_entrant_",
                                  N_("Entry and exit of firms") },
};

CwParamGroup
cw_param_group (guint index)
{
  const char *id;

  g_return_val_if_fail (index < G_N_ELEMENTS (params), CW_PARAM_GROUP_LEVERS);

  id = params[index].id;
  for (int g = 0; g < CW_N_PARAM_GROUPS; g++)
    {
      g_auto(GStrv) prefixes = g_strsplit (groups[g].prefixes, " ", -1);

      for (guint p = 0; prefixes[p] != NULL; p++)
        if (g_str_has_prefix (id, prefixes[p]))
          return g;
    }
  g_return_val_if_reached (CW_PARAM_GROUP_LEVERS);
}

/* Triangular on [@lo, @hi] with its mode at @mode, from a uniform @u. */
static double
triangular (double u,
            double lo,
            double mode,
            double hi)
{
  double cut;

  if (hi <= lo)
    return mode;
  cut = (mode - lo) / (hi - lo);
  if (u < cut)
    return lo + sqrt (u * (hi - lo) * (mode - lo));
  return hi - sqrt ((1 - u) * (hi - lo) * (hi - mode));
}

/* Parameter @index drawn for parameter uncertainty from a uniform @u
 * (docs/model.md 9). Every draw has the default as its median and is
 * symmetric on the scale on which the model combines the parameter, so the
 * median run stays close to the default run (13.9): a base log-odds on the
 * probability scale, within half the default probability either way; a
 * positive rate, weight or cost by a factor of up to 2 either way (rates
 * multiply one another: linear draws from 0 to twice the default would pull
 * their products down); anything else linearly, over the widest interval
 * around the default inside the range. Always inside the range. */
double
cw_param_draw (guint  index,
               double u)
{
  const CwParamInfo *info;
  double value, half, width;

  g_return_val_if_fail (index < G_N_ELEMENTS (params), 0);

  info = &params[index];
  value = info->value;
  if (g_str_equal (info->unit, "log-odds"))
    {
      double q = 1 / (1 + exp (-value)), d = 0.5 * MIN (q, 1 - q);
      double drawn = triangular (u, q - d, q, q + d);

      return CLAMP (log (drawn / (1 - drawn)), info->min, info->max);
    }
  if (info->min >= 0 && value > 0)
    {
      width = MIN (G_LN2, log (info->max / value));
      if (info->min > 0)
        width = MIN (width, log (value / info->min));
      return CLAMP (value * exp (triangular (u, -width, 0, width)), info->min, info->max);
    }
  half = MIN (value - info->min, info->max - value);
  return triangular (u, value - half, value, value + half);
}

/* The translated name of @group. */
const char *
cw_param_group_name (CwParamGroup group)
{
  g_return_val_if_fail (group >= 0 && group < CW_N_PARAM_GROUPS, NULL);
  return _(groups[group].name);
}
