// The persona cases (tests/cases) the memory benchmark and the kiosk soak walk through.

/** The longest persona walk (11 questions). */
export const longest = "veteran-returning-migrant-worker";

/** A mix of groups, for the repeated runs. */
export const mix = [
  "graduate-self-employed",
  "returnee-woman-with-children",
  "foreign-national-with-children",
  "hmt-resident-dev-zone",
  "specialized-sme-first-recognition",
  "researcher-institute-staff-lead",
  "incubator-2026-expired",
  "migrant-worker-not-rural",
  "woman-graduate-planning",
];
