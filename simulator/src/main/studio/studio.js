// cxsim studio: the page over the HTTP API (see docs/studio.md). No libraries: everything ships in the jar.
"use strict";

const state = {
  base: null,        // scenario name
  levers: null,      // GET /api/levers answer
  scope: "all",      // "all", "sector:NAME" or "supplier:SECTOR/NAME"
  set: {},           // scenario key -> value (the what-if's changes)
  invalid: {},       // scenario key -> message
  labels: {},        // scenario key -> the lever and scope in words
  units: {},         // scenario key -> its lever (for its unit)
  levels: {},        // scenario key -> its lever and scope level (0 all, 1 sector, 2 supplier)
  jobs: [],          // what-ifs tried, newest last (the server's, so a reload keeps them)
  ticked: new Set(), // ids of the what-ifs ticked to put side by side
  shown: null,       // job id shown
  opening: 0,        // ticket of the latest base asked for: an older answer is dropped
  showing: 0,        // ticket of the latest job asked to be shown
};

const $ = (id) => document.getElementById(id);

/** Counts answers that came back after a newer request had replaced them and were dropped (tests wait on it). */
function dropped() {
  document.body.dataset.dropped = String(Number(document.body.dataset.dropped || 0) + 1);
}

async function api(method, path, body) {
  const options = { method, headers: {} };
  if (method !== "GET") {
    options.headers["Content-Type"] = "application/json";
    options.body = JSON.stringify(body === undefined ? {} : body);
  }
  const response = await fetch(path, options);
  const type = response.headers.get("Content-Type") || "";
  const data = type.startsWith("application/json") ? await response.json() : await response.text();
  if (!response.ok) {
    throw new Error(data && data.error ? data.error : "HTTP " + response.status);
  }
  return data;
}

// Figures the server computed (GBP, intervals) are shown as the server writes them (summary.shown, from
// uk.cxsim.output.Formats), so the page reads as the report does; the page formats only scenario settings itself.

/**
 * A scenario setting as Formats.setting writes it: a whole number grouped (12,000), any other to four significant
 * digits without trailing zeros (0.35), rounded half up on its shortest decimal form as Java does (1.0005: 1.001).
 */
function setting(v) {
  if (typeof v !== "number") return String(v);
  return Number.isInteger(v) ? v.toLocaleString("en-GB")
    : v.toLocaleString("en-GB", { maximumSignificantDigits: 4, useGrouping: false });
}

/** " (+/- GBP 47.5m, 95% CI)", or nothing when the figure has no interval. */
function interval95(halfWidth) {
  return halfWidth ? " (" + halfWidth + ", 95% CI)" : "";
}

// ---- levers in business units: the scenario keeps shares as 0 to 1 and yes/no as true/false; people type
// percent, minutes, seconds, GBP and yes/no ----

/** A scenario value in the unit the page shows it in (a share of 0.45 as 45). */
function toShown(lever, v) {
  if (lever.unit !== "percent") return v;
  return Number((Number(v) * 100).toPrecision(10));
}

/** What was typed, as the scenario keeps it (45 percent as 0.45), as text. */
function toStored(lever, typed) {
  if (lever.unit !== "percent" || typed === "" || isNaN(Number(typed))) return typed;
  return String(Number((Number(typed) / 100).toPrecision(10)));
}

/** A scenario value in words: "45%", "9.5 minutes", "20 seconds", "GBP 5,000,000", "yes". */
function unitText(lever, v) {
  if (typeof v === "boolean" || v === "true" || v === "false") return String(v) === "true" ? "yes" : "no";
  const n = Number(v);
  if (v === null || v === undefined || v === "" || isNaN(n)) return String(v);
  switch (lever.unit) {
    case "percent": return setting(toShown(lever, n)) + "%";
    case "minutes": return setting(n) + (n === 1 ? " minute" : " minutes");
    case "seconds": return setting(n) + (n === 1 ? " second" : " seconds");
    case "GBP": return "GBP " + n.toLocaleString("en-GB", { maximumFractionDigits: 2 });
    default: return setting(n);
  }
}

/** The allowed range in the lever's unit: "0% to 100%", "GBP 0 or more". */
function allowedText(lever) {
  if (lever.type === "true/false") return "yes or no";
  if (lever.min === null || lever.max === null) return lever.allowed;
  if (lever.unit === "GBP" && lever.max >= 1e11) return unitText(lever, lever.min) + " or more";
  return unitText(lever, lever.min) + " to " + unitText(lever, lever.max);
}

/** What a number typed for a lever breaks, in the lever's own words; null if it is allowed. */
function rangeError(lever, typed) {
  if (lever.type === "true/false" || lever.type === "one of") return null;
  const n = Number(typed);
  if (typed === "" || isNaN(n)) return lever.label + ": type a number (" + allowedText(lever) + ")";
  const stored = Number(toStored(lever, typed));
  if ((lever.min !== null && stored < lever.min) || (lever.max !== null && stored > lever.max)) {
    return lever.label + ": " + unitText(lever, stored) + " is out of range; allowed " + allowedText(lever);
  }
  return null;
}

/**
 * The chosen scope read once: its level (0 all, 1 a sector, 2 a supplier), its sector's name and its supplier's
 * (null where the scope has none).
 */
function scope() {
  if (state.scope.startsWith("sector:")) return { level: 1, sector: state.scope.slice(7), supplier: null };
  if (state.scope.startsWith("supplier:")) {
    const [sector, supplier] = state.scope.slice(9).split("/");
    return { level: 2, sector, supplier };
  }
  return { level: 0, sector: null, supplier: null };
}

/** How many suppliers the chosen scope holds. */
function suppliersInScope() {
  const { level, sector } = scope();
  if (level === 2) return 1;
  const sectors = state.levers.sectors.filter((s) => level === 0 || s.name === sector);
  return sectors.reduce((n, s) => n + s.suppliers.length, 0);
}

/** Under an investment: who pays it and what it comes to in all, so the field charges what it says. */
function investmentNote(lever, stored) {
  if (lever.unit !== "GBP") return "";
  const n = suppliersInScope();
  if (n === 1) return scope().level === 2 ? scopeText() + " pays it." : "One supplier pays it.";
  const each = Number(stored);
  return "Per supplier: each of the " + n + " suppliers of " + scopeText() + " pays it"
    + (stored !== undefined && stored !== "" && !isNaN(each) ? ", " + unitText(lever, each * n) + " in all." : ".");
}

// ---- the base and its levers ----

/** Lists the scenarios; opens {@code select} (or, on first load, the UK baseline) unless a newer base was chosen. */
async function loadScenarios(select) {
  const ticket = state.opening;
  const data = await api("GET", "/api/scenarios");
  const base = $("base");
  base.innerHTML = "";
  for (const s of data.scenarios) {
    const o = document.createElement("option");
    o.value = s.id;
    o.textContent = s.id + (s.kind === "built in" ? "" : " (" + s.kind + ")") + (s.error ? " (cannot be read)" : "");
    o.title = s.error || s.description;
    base.appendChild(o);
  }
  state.workshop = data.workshop;
  if (!$("customers").value) $("customers").value = data.workshop.customers;
  if (!$("replications").value) $("replications").value = data.workshop.replications;
  if (ticket !== state.opening) {
    // the room chose another base meanwhile: keep it
    base.value = state.base;
    dropped();
    return;
  }
  const wanted = select || state.base || data.scenarios.map((s) => s.id).find((id) => id === "uk-baseline")
    || data.scenarios[0].id;
  base.value = wanted;
  if (wanted !== state.base) await openBase(wanted);
}

/** Opens a base: only the answer to the latest base asked for is shown. */
async function openBase(id) {
  const ticket = ++state.opening;
  $("base-error").textContent = "";
  let levers;
  try {
    levers = await api("GET", "/api/levers?scenario=" + encodeURIComponent(id));
  } catch (e) {
    if (ticket !== state.opening) { dropped(); return; }
    $("base-error").textContent = e.message;
    return;
  }
  if (ticket !== state.opening) { dropped(); return; }
  state.levers = levers;
  state.base = id;
  $("base").value = id;
  state.set = {};
  state.invalid = {};
  state.labels = {};
  state.units = {};
  state.levels = {};
  $("base-description").textContent = state.levers.description || "";
  const choice = $("scope");
  const keep = state.scope;
  choice.innerHTML = "";
  const add = (value, text) => {
    const o = document.createElement("option");
    o.value = value;
    o.textContent = text;
    choice.appendChild(o);
  };
  add("all", "All suppliers");
  for (const s of state.levers.sectors) add("sector:" + s.name, "Sector: " + s.name);
  for (const s of state.levers.sectors) {
    for (const p of s.suppliers) add("supplier:" + s.name + "/" + p, "Supplier: " + p + " (" + s.name + ")");
  }
  state.scope = [...choice.options].some((o) => o.value === keep) ? keep : "all";
  choice.value = state.scope;
  renderLevers();
  renderChanges();
  document.body.dataset.base = id;
  showEnsemble(id, ticket);
  warm();
}

/**
 * Starts the base's runs now, so the first what-if on it runs only itself; the sector of the chosen scope runs
 * first, so a what-if there needs only itself even before the base has run every sector, and with more customers in
 * the sectors changed, the base's denser runs of that sector follow it.
 */
function warm() {
  const sector = scope().sector;
  // at the size and seed the what-if will ask for, so its base is the one warmed
  const body = { base: state.base };
  for (const id of ["customers", "replications", "seed"]) {
    if ($(id).value !== "") body[id] = Number($(id).value);
  }
  if (sector) body.focus = sector;
  if (sector && Number($("density").value) > 1) body.focusDensity = Number($("density").value);
  api("POST", "/api/warm", body).catch(() => { /* the what-if runs the base itself */ });
}

/** Offers to run the what-if on every member of the base's ensemble, if it has one. */
async function showEnsemble(id, ticket) {
  $("ensemble-box").hidden = true;
  $("ensemble").checked = false;
  let found;
  try {
    found = await api("GET", "/api/ensembles?scenario=" + encodeURIComponent(id));
  } catch (e) {
    return; // the what-if runs on the base alone
  }
  if (ticket !== state.opening || found.ensembles.length === 0) return;
  const select = $("ensemble-name");
  select.innerHTML = "";
  for (const e of found.ensembles) {
    const o = document.createElement("option");
    o.value = e.name;
    o.textContent = e.name + ": " + e.members + " parameter sets"
      + (e.customers ? ", " + e.customers.toLocaleString("en-GB") + " customers each" : "");
    select.appendChild(o);
  }
  $("ensemble-box").hidden = false;
}

/** The scenario key a lever sets at the chosen scope. */
function keyFor(lever) {
  const { level, sector, supplier } = scope();
  if (level === 0 || !lever.keys.sector) return lever.keys.all;
  if (level === 1) return lever.keys.sector.replace("{sector}", sector);
  return lever.keys.supplier.replace("{sector}", sector).replace("{supplier}", supplier);
}

/** The chosen scope in words. */
function scopeText() {
  const { level, sector, supplier } = scope();
  if (level === 0) return "all suppliers";
  if (level === 1) return "the " + sector + " sector";
  return supplier;
}

/** The base's values of a lever at the chosen scope, in words. */
function nowText(lever) {
  if (!lever.keys.sector) {
    return "now " + unitText(lever, lever.current.all) + " (the whole market, whatever is chosen above)";
  }
  let entries = Object.entries(lever.current);
  const { level, sector, supplier } = scope();
  if (level === 1) {
    entries = entries.filter(([k]) => k.startsWith(sector + "/"));
  } else if (level === 2) {
    entries = entries.filter(([k]) => k === sector + "/" + supplier);
  }
  const values = [...new Set(entries.map(([, v]) => JSON.stringify(v)))].map((v) => JSON.parse(v));
  if (values.length === 1) return "now " + unitText(lever, values[0]);
  if (values.every((v) => typeof v === "number")) {
    return "now " + unitText(lever, Math.min(...values)) + " to " + unitText(lever, Math.max(...values)) + " across "
      + entries.length + " suppliers";
  }
  return "now varies: " + values.map((v) => unitText(lever, v)).join(" / ");
}

function renderLevers() {
  const box = $("levers");
  box.innerHTML = "";
  const groups = new Map();
  for (const lever of state.levers.levers) {
    if (!groups.has(lever.group)) {
      const fs = document.createElement("fieldset");
      const legend = document.createElement("legend");
      legend.textContent = lever.group;
      fs.appendChild(legend);
      groups.set(lever.group, fs);
      box.appendChild(fs);
    }
    groups.get(lever.group).appendChild(leverRow(lever));
  }
}

function leverRow(lever) {
  const key = keyFor(lever);
  const row = document.createElement("div");
  row.className = "lever";
  row.dataset.lever = lever.lever;
  const id = "lever-" + lever.lever.replace(/\./g, "-");
  const label = document.createElement("label");
  label.htmlFor = id;
  label.textContent = lever.label;
  label.title = lever.description + " (allowed " + allowedText(lever) + ")";
  let control;
  if (lever.type === "true/false" || lever.type === "one of") {
    control = document.createElement("select");
    control.appendChild(new Option("(as the base)", ""));
    if (lever.type === "true/false") {
      control.appendChild(new Option("yes", "true"));
      control.appendChild(new Option("no", "false"));
    } else {
      for (const c of lever.choices) control.appendChild(new Option(c, c));
    }
  } else {
    control = document.createElement("input");
    control.type = "number";
    control.step = "any";
    control.placeholder = "as the base";
  }
  control.id = id;
  control.name = key;
  if (key in state.set) control.value = lever.type === "true/false" ? state.set[key] : toShown(lever, state.set[key]);
  control.addEventListener("change", () => changeLever(lever, control, row));
  const unit = document.createElement("span");
  unit.className = "unit";
  unit.textContent = { percent: "%", minutes: "minutes", seconds: "seconds", GBP: "GBP" }[lever.unit] || "";
  const now = document.createElement("div");
  now.className = "now";
  now.textContent = nowText(lever) + "; allowed " + allowedText(lever);
  const note = document.createElement("div");
  note.className = "note small";
  note.textContent = investmentNote(lever, state.set[key]);
  const error = document.createElement("div");
  error.className = "error";
  error.setAttribute("role", "alert");
  const field = document.createElement("span");
  field.className = "field";
  field.append(control, unit);
  row.append(label, field, now, note, error);
  if (key in state.set) row.classList.add("changed");
  if (key in state.invalid) {
    row.classList.add("invalid");
    error.textContent = state.invalid[key];
  }
  return row;
}

async function changeLever(lever, control, row) {
  const key = keyFor(lever);
  const typed = control.value.trim();
  const value = toStored(lever, typed);
  const error = row.querySelector(".error");
  delete state.invalid[key];
  row.classList.remove("invalid");
  error.textContent = "";
  row.querySelector(".note").textContent = investmentNote(lever, value);
  if (value === "") {
    delete state.set[key];
    delete state.labels[key];
    delete state.units[key];
    delete state.levels[key];
    row.classList.remove("changed");
    renderChanges();
    return;
  }
  state.set[key] = value;
  state.labels[key] = lever.label + (lever.keys.sector ? " for " + scopeText() : "");
  state.units[key] = lever;
  state.levels[key] = { lever: lever.lever, label: lever.label,
    level: lever.keys.sector ? scope().level : 0 };
  row.classList.add("changed");
  const outOfRange = rangeError(lever, typed);
  if (outOfRange !== null) {
    // said in the lever's own unit and words, without asking the server
    state.invalid[key] = outOfRange;
    row.classList.add("invalid");
    error.textContent = outOfRange;
    renderChanges();
    return;
  }
  renderChanges();
  const base = state.base;
  let message = null;
  try {
    await api("POST", "/api/validate", { base, set: { [key]: value } });
  } catch (e) {
    message = e.message;
  }
  if (state.base !== base || state.set[key] !== value) {
    dropped(); // the base or the value changed meanwhile: this answer is about neither
    return;
  }
  if (message !== null) {
    state.invalid[key] = message;
    if (control.name === key) {
      row.classList.add("invalid");
      error.textContent = lever.label + ": " + plainError(message, key);
    }
  }
  renderChanges();
}

/** The validation message without the where-from the command line needs: the control already says which key. */
function plainError(message, key) {
  const at = message.lastIndexOf(key + ": ");
  return at >= 0 ? message.slice(at + key.length + 2) : message;
}

function renderChanges() {
  const keys = Object.keys(state.set);
  let text = keys.length === 0 ? "No lever changed yet."
    : "Changed: " + keys.map((k) => (state.labels[k] || k) + " = "
      + (state.units[k] ? unitText(state.units[k], state.set[k]) : state.set[k])).join("; ") + ".";
  const byLever = new Map();
  for (const k of keys) {
    const m = state.levels[k];
    if (m) byLever.set(m.lever, (byLever.get(m.lever) || []).concat([m]));
  }
  for (const list of byLever.values()) {
    if (new Set(list.map((m) => m.level)).size > 1) {
      text += " Note: " + list[0].label + " is set at more than one scope; the value for all suppliers wins over a "
        + "sector's, and a sector's over a supplier's.";
    }
  }
  $("changes").textContent = text;
  $("run").disabled = keys.length === 0 || Object.keys(state.invalid).length > 0;
}

// ---- running a what-if ----

async function run() {
  $("run-error").textContent = "";
  const body = {
    base: state.base,
    set: Object.assign({}, state.set),
    customers: Number($("customers").value),
    replications: Number($("replications").value),
    name: $("name").value.trim() || undefined,
  };
  if ($("seed").value !== "") body.seed = Number($("seed").value);
  if (Number($("density").value) > 1) body.focusDensity = Number($("density").value);
  if (!$("ensemble-box").hidden && $("ensemble").checked) body.ensemble = $("ensemble-name").value;
  let job;
  try {
    job = await api("POST", "/api/compare", body);
  } catch (e) {
    $("run-error").textContent = e.message;
    return;
  }
  job.set = body.set;
  upsert(job);
  renderHistory();
  follow(job);
  $("name").value = nextName(body.name || "what-if");
}

function nextName(name) {
  const m = name.match(/^(.*?)-?(\d+)$/);
  return m ? m[1] + "-" + (Number(m[2]) + 1) : name + "-2";
}

function follow(submitted) {
  const id = submitted.id;
  state.following = id;
  $("progress-box").hidden = false;
  progress(submitted);
  const events = new EventSource("/api/jobs/" + id + "/events");
  events.addEventListener("job", async (e) => {
    const job = JSON.parse(e.data);
    updateJob(job);
    progress(job);
    if (job.status === "done" || job.status === "failed" || job.status === "cancelled") {
      events.close();
      if (state.following === id) await showJob(id);
    }
  });
}

function progress(job) {
  const pct = Math.round(100 * (job.progress || 0));
  $("progress-bar").style.width = pct + "%";
  $("progress-text").textContent = job.status === "queued" ? (job.queuePosition > 0
      ? "Waiting for " + job.queuePosition + " what-if" + (job.queuePosition > 1 ? "s" : "") + " ahead of it"
      : "Waiting for the base's runs, started when it was opened, to give way")
    : job.status === "running" ? (job.daysDone > 0 ? "Running: " + pct + "% of " + job.daysTotal.toLocaleString("en-GB")
      + " simulated days" : "Starting: settling the market before the measured days")
    : job.status === "done" ? "Done in " + job.seconds.toFixed(1) + " s"
    : job.status === "cancelled" ? "Stopped"
    : "Failed: " + job.error;
  $("stop").hidden = !(job.status === "queued" || job.status === "running");
  $("stop").dataset.job = job.id;
  // a what-if of some sectors on a base not yet run: its payer's figures, while the base's other sectors run
  const first = job.status === "running" ? job.firstAnswer : null;
  $("first-answer").hidden = !first;
  $("first-answer").textContent = first ? "First answer, " + job.firstAnswerSeconds.toFixed(1) + " s after Run: "
    + first.headline + " The UK's figures, the charts and the report follow once the base's other sectors have run."
    : "";
}

function updateJob(job) {
  const i = state.jobs.findIndex((j) => j.id === job.id);
  if (i >= 0) state.jobs[i] = Object.assign(state.jobs[i], job);
  renderHistory();
}

/** Fetches a job and shows it, unless another was asked for meanwhile. */
async function showJob(id) {
  const ticket = ++state.showing;
  const job = await api("GET", "/api/jobs/" + id);
  if (ticket !== state.showing) { dropped(); return; }
  updateJob(job);
  show(job);
}

function show(job) {
  state.shown = job.id;
  renderHistory();
  if (job.status !== "done") {
    $("result").hidden = true;
    if (job.status === "failed") $("run-error").textContent = job.error;
    if (job.status === "cancelled") $("run-error").textContent = "What-if " + job.name + " was stopped.";
    return;
  }
  const s = job.summary;
  $("result").hidden = false;
  // a what-if run longer answers again under the same URLs: its replications tell the browser's cache apart
  const answer = "?replications=" + job.replications;
  $("report-link").href = "/api/jobs/" + job.id + "/files/report.html" + answer;
  $("action-message").textContent = "";
  const sideBySide = job.kind === "side-by-side";
  for (const id of ["business-case", "cards", "save", "download", "longer-box"]) $(id).hidden = sideBySide;
  if (sideBySide) {
    $("headline").textContent = "Side by side: " + job.name + ". One report and one board pack of them all.";
    $("charts").innerHTML = "";
    return;
  }
  $("headline").textContent = s.headline;
  $("business-case").textContent = s.businessCase;
  const ci = s.netBenefitCi95 || [NaN, NaN];
  $("net-benefit").textContent = s.shown.netBenefit + " a year";
  $("net-benefit").className = "value " + (ci[0] > 0 ? "good" : ci[1] < 0 ? "bad" : "");
  $("net-benefit-label").textContent = "net benefit on " + s.books + interval95(s.shown.netBenefitInterval);
  $("payback").textContent = s.payback;
  $("cost-saved").textContent = s.shown.costSaved + " a year";
  $("cost-saved-label").textContent = "cost of poor service saved, UK" + interval95(s.shown.costSavedInterval);
  showLonger(job, ci);
  const charts = $("charts");
  charts.innerHTML = "";
  for (const c of s.charts) {
    const img = document.createElement("img");
    img.src = "/api/jobs/" + job.id + "/files/" + c + answer;
    img.alt = c.replace("charts/", "").replace(".png", "").replace(/-/g, " ");
    charts.appendChild(img);
  }
}

/** Offers more replications of a finished what-if, in the studio's fixed step, up to its most. */
function showLonger(job, ci) {
  const w = state.workshop;
  const step = w ? w.replications : 0;
  const room = w && job.replications + step <= w.maxReplications;
  const unsure = !(ci[0] > 0 || ci[1] < 0);
  $("longer-box").hidden = !room || Boolean(job.ensemble);
  $("longer").dataset.job = job.id;
  $("longer").textContent = "Run longer: " + step + " more replications";
  $("longer-text").textContent = (unsure ? "At " + job.replications + " replications this cannot be told from zero. "
    : "At " + job.replications + " replications. ")
    + "Running longer adds replications to the base and the what-if alike, reusing what ran, and narrows the interval;"
    + " it answers the same question whichever way the result falls. A what-if of some sectors also narrows with more"
    + " customers in the sectors changed (above), which re-runs only those sectors and suits a small supplier's case.";
}

async function runLonger() {
  $("run-error").textContent = "";
  try {
    const job = await api("POST", "/api/jobs/" + $("longer").dataset.job + "/longer");
    updateJob(job);
    follow(job);
  } catch (e) {
    $("run-error").textContent = e.message;
  }
}

function renderHistory() {
  const body = $("history").querySelector("tbody");
  body.innerHTML = "";
  for (const job of state.jobs) {
    const tr = document.createElement("tr");
    tr.dataset.job = job.id;
    if (job.id === state.shown) tr.className = "selected";
    const tick = document.createElement("td");
    if (job.kind !== "side-by-side" && job.status === "done") {
      const box = document.createElement("input");
      box.type = "checkbox";
      box.className = "tick";
      box.checked = state.ticked.has(job.id);
      box.setAttribute("aria-label", "Put " + job.name + " side by side");
      box.addEventListener("click", (e) => e.stopPropagation());
      box.addEventListener("change", () => {
        if (box.checked) state.ticked.add(job.id); else state.ticked.delete(job.id);
        renderTicks();
      });
      tick.appendChild(box);
    }
    tr.appendChild(tick);
    // while the base's other sectors run, a first answer's figures are already the answer's
    const s = job.summary || (job.status === "running" ? job.firstAnswer : null);
    const net = s ? [s.shown.netBenefit, s.shown.netBenefitInterval, "on", s.books].filter(Boolean).join(" ") : "";
    const payback = s ? s.payback : "";
    const levers = job.kind === "side-by-side" ? "what-ifs " + (job.parts || []).join(", ") + " side by side"
      : (job.changes || []).join("; ")
        + (job.focusDensity ? "; " + job.focusDensity + " times the customers in the sectors changed" : "");
    const cells = [job.id, job.name, job.base, levers, net, payback,
      job.status + (job.status === "running" ? " " + Math.round(100 * job.progress) + "%" : "")];
    for (const c of cells) {
      const td = document.createElement("td");
      td.textContent = c;
      tr.appendChild(td);
    }
    tr.addEventListener("click", () => showJob(job.id));
    body.appendChild(tr);
  }
  renderTicks();
}

/** The side-by-side button: on once two to eight finished what-ifs are ticked. */
function renderTicks() {
  for (const id of [...state.ticked]) {
    const job = state.jobs.find((j) => j.id === id);
    if (!job || job.status !== "done") state.ticked.delete(id);
  }
  const n = state.ticked.size;
  $("side-by-side").disabled = n < 2 || n > 8;
  $("side-by-side").textContent = "Put " + (n >= 2 ? n + " " : "") + "ticked what-ifs side by side";
}

/** Adds a job to the history, or updates it if listed (an answer and a listing may both bring it); by id. */
function upsert(job) {
  const i = state.jobs.findIndex((j) => j.id === job.id);
  if (i >= 0) state.jobs[i] = Object.assign(state.jobs[i], job); else state.jobs.push(job);
  state.jobs.sort((a, b) => Number(a.id) - Number(b.id));
}

/** The server's what-ifs, so the history survives a reload of the page. */
async function loadJobs() {
  const answer = await api("GET", "/api/jobs");
  for (const job of answer.jobs) upsert(job);
  renderHistory();
  const running = state.jobs.filter((j) => j.status === "queued" || j.status === "running");
  if (running.length > 0) follow(running[running.length - 1]);
}

/** One comparison, report and board pack of the ticked what-ifs. */
async function sideBySide() {
  const ids = state.jobs.filter((j) => state.ticked.has(j.id)).map((j) => j.id);
  $("side-by-side-message").textContent = "Putting " + ids.length + " what-ifs side by side...";
  try {
    const job = await api("POST", "/api/side-by-side", { jobs: ids });
    upsert(job);
    state.ticked.clear();
    renderHistory();
    $("side-by-side-message").textContent = "";
    await showJob(job.id);
  } catch (e) {
    $("side-by-side-message").textContent = e.message;
  }
}

// ---- keeping a what-if ----

function shownJob() {
  return state.jobs.find((j) => j.id === state.shown);
}

async function save() {
  const job = shownJob();
  try {
    const saved = await api("POST", "/api/save", { base: job.base, set: job.set, name: job.name });
    $("action-message").textContent = "Saved as " + saved.id + ": choose it as the base to re-open it.";
    await loadScenarios();
  } catch (e) {
    $("action-message").textContent = e.message;
  }
}

async function download() {
  const job = shownJob();
  try {
    const text = await api("POST", "/api/scenario-yaml", { base: job.base, set: job.set, name: job.name });
    const link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([text], { type: "application/yaml" }));
    link.download = job.name + ".yaml";
    link.click();
    $("action-message").textContent = "Downloaded " + job.name + ".yaml";
  } catch (e) {
    $("action-message").textContent = e.message;
  }
}

async function boardPack() {
  const job = shownJob();
  $("action-message").textContent = "Writing the board pack...";
  try {
    const pack = await api("POST", "/api/jobs/" + job.id + "/board-pack", {});
    $("action-message").textContent = "Board pack written: ";
    const link = document.createElement("a");
    link.href = pack.url;
    link.id = "board-pack-link";
    link.textContent = pack.file;
    $("action-message").appendChild(link);
    link.click();
  } catch (e) {
    $("action-message").textContent = e.message;
  }
}

window.addEventListener("DOMContentLoaded", () => {
  $("base").addEventListener("change", () => openBase($("base").value));
  $("stop").addEventListener("click", async () => {
    try {
      const job = await api("DELETE", "/api/jobs/" + $("stop").dataset.job);
      updateJob(job);
      progress(job);
    } catch (e) {
      $("run-error").textContent = e.message;
    }
  });
  $("scope").addEventListener("change", () => {
    state.scope = $("scope").value;
    renderLevers();
    warm();
  });
  for (const id of ["customers", "replications", "seed", "density"]) {
    $(id).addEventListener("change", () => { if (state.base) warm(); });
  }
  $("run").addEventListener("click", run);
  $("save").addEventListener("click", save);
  $("download").addEventListener("click", download);
  $("board-pack").addEventListener("click", boardPack);
  $("longer").addEventListener("click", runLonger);
  $("side-by-side").addEventListener("click", sideBySide);
  loadScenarios().catch((e) => { $("base-error").textContent = e.message; });
  loadJobs().catch((e) => { $("side-by-side-message").textContent = e.message; });
});
