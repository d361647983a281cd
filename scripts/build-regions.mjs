#!/usr/bin/env node
// Regenerates regions/*.json (grid zones, cloud regions, social cost of carbon) from their inputs:
//   - @tgwf/co2 (devDependency): Electricity Maps annual zone averages 2025 (ODbL), Ember world average
//   - data/sources/ (upstream files vendored in the repository, each folder with its LICENSE and README.md):
//     codecarbon eGRID 2016 US states (lbs/MWh), mlco2/impact GCP data-centre PUE
//   - the tables below, written by us: cloud region -> grid zone (from each region's published location),
//     fleet PUEs, social cost of carbon figures, legacy zone ids; each with its source.
// Deterministic: same inputs -> byte-identical output (sorted keys, fixed number formatting, no dates).
//
// usage: node scripts/build-regions.mjs [--out DIR] [--check]
//   --check: regenerate into memory and exit 1 when regions/ differs (CI drift check)
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { yearly2025 } from '@tgwf/co2/data/electricity-maps';
import { averageIntensity } from '@tgwf/co2/data';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? resolve(process.argv[i + 1]) : fallback;
}
const OUT = arg('--out', join(ROOT, 'regions'));
// Read from the repository only: a clone rebuilds regions/ with nothing beside it.
const SOURCES_DIR = fileURLToPath(new URL('../data/sources/', import.meta.url));
const CHECK = process.argv.includes('--check');

// The two vendored inputs, relative to data/sources/.
const USA_STATES_FILE = 'codecarbon/private_infra_2016_usa_emissions.json';
const GCP_PUE_FILE = 'mlco2-impact/impact.csv';

const LBS_PER_MWH_TO_G_PER_KWH = 0.453592; // 1 lb = 453.592 g; 1 MWh = 1000 kWh

const round = (x, digits) => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

// ---------------------------------------------------------------------------------------------- sources
const SOURCES = {
  'electricitymaps-2025': {
    title: 'Electricity Maps yearly carbon intensity 2025 (lifecycle, location-based), via @tgwf/co2 0.19.0 data/electricity-maps yearly_2025',
    url: 'https://www.electricitymaps.com/data/methodology',
    licence: 'ODbL 1.0 (attribute Electricity Maps; share-alike)',
    year: 2025,
  },
  'ember-world': {
    title: "Ember yearly electricity data, WORLD average, via @tgwf/co2 0.19.0 data/average-intensities ('latest year' per region)",
    url: 'https://ember-climate.org/data/data-explorer/',
    licence: 'CC BY-SA 4.0',
    year: 2024,
    note: 'the package stores the latest year without naming it; 2024 is the latest full year Ember published before the package release (2026-02)',
  },
  'egrid-2016-states': {
    title: 'US EPA eGRID 2016 state output emission rates (lbs/MWh), via codecarbon private_infra_2016_usa_emissions.json',
    url: 'https://www.epa.gov/egrid',
    licence: 'US government work (public domain); compiled by codecarbon (MIT)',
    year: 2016,
    conversion: 'lbs/MWh x 0.453592 = g/kWh',
  },
  'aws-pue': {
    title: 'Amazon sustainability, AWS Cloud: "In 2025, our data centers reported an average global PUE of 1.14" (fleet average)',
    url: 'https://sustainability.aboutamazon.com/environment/the-cloud',
    year: 2025,
  },
  'azure-pue': {
    title: 'Microsoft global data-centre facility average PUE 1.18, as reported by DatacenterDynamics (2024-12)',
    url: 'https://www.datacenterdynamics.com/en/news/aws-global-data-centers-achieved-pue-of-115-in-2023/',
    year: 2024,
  },
  'gcp-pue': {
    title: 'Google data-centre efficiency page, data-centre-specific PUE, via mlco2/impact impact.csv (Lacoste et al. 2019)',
    url: 'https://www.google.com/about/datacenters/efficiency/',
    licence: 'facts; compiled by mlco2/impact (MIT)',
    year: 2019,
  },
  'cloud-locations': {
    title: "Cloud region locations as published by each provider (city/state), via mlco2/impact impact.csv, codecarbon cloud_impact.csv and the providers' region lists; zone assignment by joulecheck",
    url: 'https://github.com/mlco2/impact',
    year: 2026,
  },
  'ricke-2018-global': {
    title: 'Ricke, Drouet, Caldeira, Tavoni (2018), Country-level social cost of carbon, Nature Climate Change 8, 895-900: global SCC, central specification (BHM short-run, SSP2, RCP6.0, growth-adjusted discounting prtp 2%, eta 1.5): median 417, 66% CI 177-805 USD(2005)/tCO2 (abstract)',
    url: 'https://doi.org/10.1038/s41558-018-0282-y',
    year: 2018,
  },
  'ricke-2018-usa-via-henderson-2020': {
    title: 'Ricke et al. (2018) CSCC database v2 (cscc_db_v2.csv), USA, run bhm_sr, bootstrap, SSP2, RCP6.0, prtp 2, eta 1.5, percentiles 16.7/50/83.3, as used by experiment-impact-tracker; per-tonne figures recovered from the carbon impact statement of Henderson et al. (2020) JMLR 21(248), "8.021 kg ... USA-specific social cost of carbon of $0.38 ($0.00, $0.95)"; Ricke et al. report the same USA median as about 48 USD/tCO2',
    url: 'https://github.com/country-level-scc/cscc-database-2018',
    year: 2018,
    note: 'the 27.5 MB database is not mirrored here; figures are the printed ones divided by 8.021 kg (precision about +-0.6 USD/t)',
  },
};

// ---------------------------------------------------------------------------------------------- zones
function zoneCountry(id) {
  const head = id.split('-')[0];
  return /^[A-Z]{2}$/.test(head) ? head : undefined;
}

function buildZones() {
  const zones = [];
  const em = yearly2025.data;
  for (const id of Object.keys(em).sort()) {
    const z = em[id];
    const ci = z.carbonIntensity;
    if (!ci || ci.unit !== 'gCO2eq/kWh' || typeof ci.value !== 'number') {
      throw new Error(`electricity maps zone ${id}: unexpected carbonIntensity ${JSON.stringify(ci)}`);
    }
    const name = z.zone.displayName ?? z.zone.zoneName;
    zones.push({
      id,
      name: z.zone.countryName ? `${name} (${z.zone.countryName})` : name,
      country: zoneCountry(id),
      kind: id.includes('-') ? 'subnational' : 'country',
      g_per_kwh: ci.value,
      year: 2025,
      unit: 'gCO2eq/kWh',
      source: 'electricitymaps-2025',
    });
  }

  // US states: eGRID 2016 rates in lbs/MWh. A state is not a grid zone: ids say so (US-STATE-XX).
  const usa = JSON.parse(readFileSync(join(SOURCES_DIR, USA_STATES_FILE), 'utf8'));
  if (usa._unit?.emissions !== 'lbs/MWh') throw new Error(`eGRID states: expected lbs/MWh, got ${JSON.stringify(usa._unit)}`);
  for (const [stateName, v] of Object.entries(usa).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (stateName === '_unit' || stateName === 'usa') continue;
    const code = String(v.regionCode).toUpperCase();
    if (!/^[A-Z]{2}$/.test(code)) throw new Error(`eGRID state ${stateName}: bad code ${v.regionCode}`);
    zones.push({
      id: `US-STATE-${code}`,
      name: `${titleCase(stateName)} (US state, eGRID 2016; prefer a balancing-authority zone)`,
      country: 'US',
      kind: 'state',
      g_per_kwh: round(v.emissions * LBS_PER_MWH_TO_G_PER_KWH, 1),
      year: 2016,
      unit: 'gCO2eq/kWh',
      source: 'egrid-2016-states',
      original: { value: v.emissions, unit: 'lbs/MWh', conversion: 'x 0.453592' },
    });
  }

  const world = averageIntensity.data.WORLD;
  if (typeof world !== 'number') throw new Error('ember WORLD average missing from @tgwf/co2');
  zones.push({
    id: 'WORLD',
    name: 'World average',
    kind: 'world',
    g_per_kwh: world,
    year: 2024,
    unit: 'gCO2eq/kWh',
    source: 'ember-world',
  });
  return zones.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function titleCase(s) {
  return s.replace(/\b([a-z])/g, (m) => m.toUpperCase()).replace(/\bOf\b/g, 'of');
}

// Legacy Electricity Maps ids (2019-2021 era, as in experiment-impact-tracker and mlco2 yearly averages)
// -> today's id. Used ONLY for "did you mean" suggestions, never resolved silently.
const LEGACY = {
  'US-CA': 'US-CAL-CISO',
  'US-BPA': 'US-NW-BPAT',
  'US-IPC': 'US-NW-IPCO',
  'US-MISO': 'US-MIDW-MISO',
  'US-NEISO': 'US-NE-ISNE',
  'US-NY': 'US-NY-NYIS',
  'US-PJM': 'US-MIDA-PJM',
  'US-SPP': 'US-CENT-SWPP',
  'US-TX': 'US-TEX-ERCO',
  'US-TN': 'US-TEN-TVA',
  'US-HI-OA': 'US-HI',
  'AUS-NSW': 'AU-NSW',
  'AUS-QLD': 'AU-QLD',
  'AUS-SA': 'AU-SA',
  'AUS-TAS': 'AU-TAS',
  'AUS-VIC': 'AU-VIC',
  'AUS-WA': 'AU-WA',
  'UK': 'GB',
};

// ---------------------------------------------------------------------------------------------- cloud
// [region, display name, location, grid zone]. Zone chosen from the region's published location.
const AWS = [
  ['us-east-1', 'US East (N. Virginia)', 'Ashburn, Virginia, USA', 'US-MIDA-PJM'],
  ['us-east-2', 'US East (Ohio)', 'Columbus, Ohio, USA', 'US-MIDA-PJM'],
  ['us-west-1', 'US West (N. California)', 'San Francisco Bay Area, California, USA', 'US-CAL-CISO'],
  ['us-west-2', 'US West (Oregon)', 'Boardman, Oregon, USA', 'US-NW-BPAT'],
  ['us-gov-east-1', 'AWS GovCloud (US-East)', 'Ohio, USA', 'US-MIDA-PJM'],
  ['us-gov-west-1', 'AWS GovCloud (US-West)', 'Oregon, USA', 'US-NW-BPAT'],
  ['ca-central-1', 'Canada (Central)', 'Montreal, Quebec, Canada', 'CA-QC'],
  ['ca-west-1', 'Canada West (Calgary)', 'Calgary, Alberta, Canada', 'CA-AB'],
  ['mx-central-1', 'Mexico (Central)', 'Queretaro, Mexico', 'MX'],
  ['sa-east-1', 'South America (Sao Paulo)', 'Sao Paulo, Brazil', 'BR-CS'],
  ['eu-west-1', 'Europe (Ireland)', 'Dublin, Ireland', 'IE'],
  ['eu-west-2', 'Europe (London)', 'London, United Kingdom', 'GB'],
  ['eu-west-3', 'Europe (Paris)', 'Paris, France', 'FR'],
  ['eu-central-1', 'Europe (Frankfurt)', 'Frankfurt, Germany', 'DE'],
  ['eu-central-2', 'Europe (Zurich)', 'Zurich, Switzerland', 'CH'],
  ['eu-north-1', 'Europe (Stockholm)', 'Stockholm, Sweden', 'SE-SE3'],
  ['eu-south-1', 'Europe (Milan)', 'Milan, Italy', 'IT-NO'],
  ['eu-south-2', 'Europe (Spain)', 'Aragon, Spain', 'ES'],
  ['il-central-1', 'Israel (Tel Aviv)', 'Tel Aviv, Israel', 'IL'],
  ['me-south-1', 'Middle East (Bahrain)', 'Bahrain', 'BH'],
  ['me-central-1', 'Middle East (UAE)', 'United Arab Emirates', 'AE'],
  ['af-south-1', 'Africa (Cape Town)', 'Cape Town, South Africa', 'ZA'],
  ['ap-east-1', 'Asia Pacific (Hong Kong)', 'Hong Kong', 'HK'],
  ['ap-south-1', 'Asia Pacific (Mumbai)', 'Mumbai, India', 'IN-WE'],
  ['ap-south-2', 'Asia Pacific (Hyderabad)', 'Hyderabad, India', 'IN-SO'],
  ['ap-northeast-1', 'Asia Pacific (Tokyo)', 'Tokyo, Japan', 'JP-TK'],
  ['ap-northeast-2', 'Asia Pacific (Seoul)', 'Seoul, South Korea', 'KR'],
  ['ap-northeast-3', 'Asia Pacific (Osaka)', 'Osaka, Japan', 'JP-KN'],
  ['ap-southeast-1', 'Asia Pacific (Singapore)', 'Singapore', 'SG'],
  ['ap-southeast-2', 'Asia Pacific (Sydney)', 'Sydney, New South Wales, Australia', 'AU-NSW'],
  ['ap-southeast-3', 'Asia Pacific (Jakarta)', 'Jakarta, Indonesia', 'ID'],
  ['ap-southeast-4', 'Asia Pacific (Melbourne)', 'Melbourne, Victoria, Australia', 'AU-VIC'],
  ['ap-southeast-5', 'Asia Pacific (Malaysia)', 'Kuala Lumpur, Malaysia', 'MY-WM'],
  ['ap-southeast-7', 'Asia Pacific (Thailand)', 'Bangkok, Thailand', 'TH'],
  ['cn-north-1', 'China (Beijing)', 'Beijing, China', 'CN'],
  ['cn-northwest-1', 'China (Ningxia)', 'Zhongwei, Ningxia, China', 'CN'],
];

const GCP = [
  ['africa-south1', 'Johannesburg', 'Johannesburg, South Africa', 'ZA'],
  ['asia-east1', 'Taiwan', 'Changhua County, Taiwan', 'TW'],
  ['asia-east2', 'Hong Kong', 'Hong Kong', 'HK'],
  ['asia-northeast1', 'Tokyo', 'Tokyo, Japan', 'JP-TK'],
  ['asia-northeast2', 'Osaka', 'Osaka, Japan', 'JP-KN'],
  ['asia-northeast3', 'Seoul', 'Seoul, South Korea', 'KR'],
  ['asia-south1', 'Mumbai', 'Mumbai, India', 'IN-WE'],
  ['asia-south2', 'Delhi', 'Delhi, India', 'IN-NO'],
  ['asia-southeast1', 'Singapore', 'Jurong West, Singapore', 'SG'],
  ['asia-southeast2', 'Jakarta', 'Jakarta, Indonesia', 'ID'],
  ['australia-southeast1', 'Sydney', 'Sydney, New South Wales, Australia', 'AU-NSW'],
  ['australia-southeast2', 'Melbourne', 'Melbourne, Victoria, Australia', 'AU-VIC'],
  ['europe-central2', 'Warsaw', 'Warsaw, Poland', 'PL'],
  ['europe-north1', 'Finland', 'Hamina, Finland', 'FI'],
  ['europe-southwest1', 'Madrid', 'Madrid, Spain', 'ES'],
  ['europe-west1', 'Belgium', 'St. Ghislain, Belgium', 'BE'],
  ['europe-west2', 'London', 'London, United Kingdom', 'GB'],
  ['europe-west3', 'Frankfurt', 'Frankfurt, Germany', 'DE'],
  ['europe-west4', 'Netherlands', 'Eemshaven, Netherlands', 'NL'],
  ['europe-west6', 'Zurich', 'Zurich, Switzerland', 'CH'],
  ['europe-west8', 'Milan', 'Milan, Italy', 'IT-NO'],
  ['europe-west9', 'Paris', 'Paris, France', 'FR'],
  ['europe-west10', 'Berlin', 'Berlin, Germany', 'DE'],
  ['europe-west12', 'Turin', 'Turin, Italy', 'IT-NO'],
  // codecarbon's cloud_impact.csv spells this one 'me-cenrtal1' (typo upstream); Google's id is me-central1.
  ['me-central1', 'Doha', 'Doha, Qatar', 'QA'],
  ['me-central2', 'Dammam', 'Dammam, Saudi Arabia', 'SA'],
  ['me-west1', 'Tel Aviv', 'Tel Aviv, Israel', 'IL'],
  ['northamerica-northeast1', 'Montreal', 'Montreal, Quebec, Canada', 'CA-QC'],
  ['northamerica-northeast2', 'Toronto', 'Toronto, Ontario, Canada', 'CA-ON'],
  ['southamerica-east1', 'Sao Paulo', 'Sao Paulo, Brazil', 'BR-CS'],
  ['southamerica-west1', 'Santiago', 'Santiago, Chile', 'CL-SEN'],
  ['us-central1', 'Iowa', 'Council Bluffs, Iowa, USA', 'US-MIDW-MISO'],
  ['us-east1', 'South Carolina', 'Moncks Corner, South Carolina, USA', 'US-CAR-SC'],
  ['us-east4', 'Northern Virginia', 'Ashburn, Virginia, USA', 'US-MIDA-PJM'],
  ['us-east5', 'Columbus', 'Columbus, Ohio, USA', 'US-MIDA-PJM'],
  ['us-south1', 'Dallas', 'Dallas, Texas, USA', 'US-TEX-ERCO'],
  ['us-west1', 'Oregon', 'The Dalles, Oregon, USA', 'US-NW-BPAT'],
  ['us-west2', 'Los Angeles', 'Los Angeles, California, USA', 'US-CAL-CISO'],
  ['us-west3', 'Salt Lake City', 'Salt Lake City, Utah, USA', 'US-NW-PACE'],
  ['us-west4', 'Las Vegas', 'Las Vegas, Nevada, USA', 'US-NW-NEVP'],
];

const AZURE = [
  ['eastasia', 'East Asia', 'Hong Kong', 'HK'],
  ['southeastasia', 'Southeast Asia', 'Singapore', 'SG'],
  ['centralus', 'Central US', 'Des Moines, Iowa, USA', 'US-MIDW-MISO'],
  ['eastus', 'East US', 'Virginia, USA', 'US-MIDA-PJM'],
  ['eastus2', 'East US 2', 'Boydton, Virginia, USA', 'US-MIDA-PJM'],
  ['westus', 'West US', 'San Francisco Bay Area, California, USA', 'US-CAL-CISO'],
  ['westus2', 'West US 2', 'Quincy, Washington, USA', 'US-NW-GCPD'],
  ['westus3', 'West US 3', 'Phoenix, Arizona, USA', 'US-SW-AZPS'],
  ['westcentralus', 'West Central US', 'Cheyenne, Wyoming, USA', 'US-NW-WACM'],
  ['northcentralus', 'North Central US', 'Chicago, Illinois, USA', 'US-MIDA-PJM'],
  ['southcentralus', 'South Central US', 'San Antonio, Texas, USA', 'US-TEX-ERCO'],
  ['canadacentral', 'Canada Central', 'Toronto, Ontario, Canada', 'CA-ON'],
  ['canadaeast', 'Canada East', 'Quebec City, Quebec, Canada', 'CA-QC'],
  ['mexicocentral', 'Mexico Central', 'Queretaro, Mexico', 'MX'],
  ['brazilsouth', 'Brazil South', 'Sao Paulo, Brazil', 'BR-CS'],
  ['brazilsoutheast', 'Brazil Southeast', 'Rio de Janeiro, Brazil', 'BR-CS'],
  ['northeurope', 'North Europe', 'Dublin, Ireland', 'IE'],
  ['westeurope', 'West Europe', 'Amsterdam, Netherlands', 'NL'],
  ['uksouth', 'UK South', 'London, United Kingdom', 'GB'],
  ['ukwest', 'UK West', 'Cardiff, United Kingdom', 'GB'],
  ['francecentral', 'France Central', 'Paris, France', 'FR'],
  ['francesouth', 'France South', 'Marseille, France', 'FR'],
  ['germanywestcentral', 'Germany West Central', 'Frankfurt, Germany', 'DE'],
  ['switzerlandnorth', 'Switzerland North', 'Zurich, Switzerland', 'CH'],
  ['norwayeast', 'Norway East', 'Oslo, Norway', 'NO-NO1'],
  ['swedencentral', 'Sweden Central', 'Gavle, Sweden', 'SE-SE3'],
  ['polandcentral', 'Poland Central', 'Warsaw, Poland', 'PL'],
  ['italynorth', 'Italy North', 'Milan, Italy', 'IT-NO'],
  ['spaincentral', 'Spain Central', 'Madrid, Spain', 'ES'],
  ['israelcentral', 'Israel Central', 'Israel', 'IL'],
  ['uaenorth', 'UAE North', 'Dubai, United Arab Emirates', 'AE'],
  ['qatarcentral', 'Qatar Central', 'Doha, Qatar', 'QA'],
  ['southafricanorth', 'South Africa North', 'Johannesburg, South Africa', 'ZA'],
  ['southafricawest', 'South Africa West', 'Cape Town, South Africa', 'ZA'],
  ['centralindia', 'Central India', 'Pune, India', 'IN-WE'],
  ['southindia', 'South India', 'Chennai, India', 'IN-SO'],
  ['westindia', 'West India', 'Mumbai, India', 'IN-WE'],
  ['japaneast', 'Japan East', 'Tokyo, Japan', 'JP-TK'],
  ['japanwest', 'Japan West', 'Osaka, Japan', 'JP-KN'],
  ['koreacentral', 'Korea Central', 'Seoul, South Korea', 'KR'],
  ['koreasouth', 'Korea South', 'Busan, South Korea', 'KR'],
  ['australiaeast', 'Australia East', 'Sydney, New South Wales, Australia', 'AU-NSW'],
  ['australiasoutheast', 'Australia Southeast', 'Melbourne, Victoria, Australia', 'AU-VIC'],
  ['australiacentral', 'Australia Central', 'Canberra, Australian Capital Territory (NSW grid region)', 'AU-NSW'],
  ['australiacentral2', 'Australia Central 2', 'Canberra, Australian Capital Territory (NSW grid region)', 'AU-NSW'],
];

// mlco2/impact impact.csv: parse the GCP rows that carry a data-centre-specific PUE.
function gcpPues() {
  const text = readFileSync(join(SOURCES_DIR, GCP_PUE_FILE), 'utf8');
  const rows = parseCsv(text);
  const header = rows.shift();
  const col = (n) => {
    const i = header.indexOf(n);
    if (i < 0) throw new Error(`mlco2 impact.csv: no column ${n}`);
    return i;
  };
  const [cProv, cRegion, cPue] = [col('provider'), col('region'), col('PUE')];
  const out = new Map();
  for (const r of rows) {
    if (r[cProv] !== 'gcp' || !r[cPue]) continue;
    const v = Number(r[cPue]);
    if (!Number.isFinite(v)) throw new Error(`mlco2 impact.csv: bad PUE for ${r[cRegion]}: ${r[cPue]}`);
    out.set(r[cRegion], v);
  }
  return out;
}

// Minimal RFC 4180 CSV parser (quoted fields, BOM); enough for the reference files.
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && s[i + 1] === '\n') i++;
      row.push(field);
      field = '';
      if (row.length > 1 || row[0] !== '') rows.push(row);
      row = [];
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function buildCloud(zonesById) {
  const gcpPue = gcpPues();
  const out = [];
  const add = (provider, table, pueFor) => {
    for (const [region, name, location, zone] of table) {
      const z = zonesById.get(zone);
      if (!z) throw new Error(`cloud region ${provider}:${region}: zone ${zone} not in zones`);
      const entry = {
        id: `${provider}:${region}`,
        provider,
        region,
        name,
        location,
        zone,
        g_per_kwh: z.g_per_kwh,
        year: z.year,
        unit: 'gCO2eq/kWh',
        source: z.source,
        location_source: 'cloud-locations',
      };
      const pue = pueFor(region);
      if (pue) entry.pue = pue;
      out.push(entry);
    }
  };
  add('aws', AWS, () => ({ value: 1.14, scope: 'fleet average', year: 2025, source: 'aws-pue' }));
  add('gcp', GCP, (r) =>
    gcpPue.has(r) ? { value: gcpPue.get(r), scope: 'data-centre specific', year: 2019, source: 'gcp-pue' } : undefined,
  );
  add('azure', AZURE, () => ({ value: 1.18, scope: 'fleet average', year: 2024, source: 'azure-pue' }));
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

// ---------------------------------------------------------------------------------------------- social cost
// Per tonne of CO2, USD of 2005 (Ricke et al. report 2005 USD).
const HENDERSON_KG = 8.021;
const SOCIAL_COST = [
  {
    country: 'GLOBAL',
    name: 'World (sum of all country-level SCCs)',
    median: 417,
    low: 177,
    high: 805,
    source: 'ricke-2018-global',
  },
  {
    country: 'USA',
    iso2: 'US',
    name: 'United States',
    // $0.38 ($0.00, $0.95) for 8.021 kg -> per tonne: x 1000 / 8.021
    median: round((0.38 * 1000) / HENDERSON_KG, 2),
    low: round((0.0 * 1000) / HENDERSON_KG, 2),
    high: round((0.95 * 1000) / HENDERSON_KG, 2),
    source: 'ricke-2018-usa-via-henderson-2020',
    derivation: 'printed cost / 8.021 kg x 1000 kg/t',
  },
];

// ---------------------------------------------------------------------------------------------- write
function serialise(obj) {
  return JSON.stringify(obj, null, 2) + '\n';
}

function main() {
  // every vendored folder keeps its upstream licence; no licence, no data
  const licences = [USA_STATES_FILE, GCP_PUE_FILE].map((f) => `${f.split('/')[0]}/LICENSE`);
  for (const rel of [USA_STATES_FILE, GCP_PUE_FILE, ...licences]) {
    if (!existsSync(join(SOURCES_DIR, rel))) {
      console.error(`build-regions: vendored source file missing: ${join(SOURCES_DIR, rel)} (see data/sources/README.md)`);
      process.exit(2);
    }
  }
  const zones = buildZones();
  const ids = new Set();
  for (const z of zones) {
    if (ids.has(z.id)) throw new Error(`duplicate zone id ${z.id}`);
    ids.add(z.id);
  }
  for (const [from, to] of Object.entries(LEGACY)) {
    if (!ids.has(to)) throw new Error(`legacy alias ${from} -> ${to}: target missing`);
    if (ids.has(from)) throw new Error(`legacy alias ${from} is a current zone id`);
  }
  const zonesById = new Map(zones.map((z) => [z.id, z]));
  const cloud = buildCloud(zonesById);
  const used = (list) => [...new Set(list.flatMap((x) => [x.source, x.location_source, x.pue?.source].filter(Boolean)))].sort();
  const pick = (keys) => Object.fromEntries(keys.map((k) => [k, SOURCES[k]]));

  const files = {
    'zones.json': {
      schema: 'joulecheck/regions-zones@1',
      generated_by: 'scripts/build-regions.mjs',
      unit: 'gCO2eq/kWh (lifecycle where the source says so)',
      sources: pick(used(zones)),
      legacy_ids: LEGACY,
      zones,
    },
    'cloud.json': {
      schema: 'joulecheck/regions-cloud@1',
      generated_by: 'scripts/build-regions.mjs',
      note: "intensity is the annual average of the region's grid zone; PUE is the provider's published figure where known",
      sources: pick(used(cloud)),
      regions: cloud,
    },
    'social-cost.json': {
      schema: 'joulecheck/regions-social-cost@1',
      generated_by: 'scripts/build-regions.mjs',
      unit: 'USD (2005) per tonne CO2',
      currency: 'USD',
      currency_year: 2005,
      percentiles: 'median with 16.7 / 83.3 percentiles (66% interval)',
      substitute: 'GLOBAL',
      substitute_note:
        'countries without an own figure get the global SCC (the cost to the whole world), labelled as a substitute',
      sources: pick([...new Set(SOCIAL_COST.map((s) => s.source))].sort()),
      countries: SOCIAL_COST,
    },
  };

  let drift = false;
  if (!CHECK) mkdirSync(OUT, { recursive: true });
  for (const [name, obj] of Object.entries(files)) {
    const path = join(OUT, name);
    const text = serialise(obj);
    if (CHECK) {
      const cur = existsSync(path) ? readFileSync(path, 'utf8') : '';
      if (cur !== text) {
        console.error(`build-regions: ${path} is out of date; run npm run regions`);
        drift = true;
      }
    } else writeFileSync(path, text);
  }
  if (drift) process.exit(1);
  if (!CHECK) console.log(`build-regions: ${zones.length} zones, ${cloud.length} cloud regions, ${SOCIAL_COST.length} SCC entries -> ${OUT}`);
}

main();
