/*
 * A fake libnvidia-ml.so.1 for tests: the NVML functions joulecheck calls, with NVML's real ABI (names,
 * argument and struct layouts, return codes as in NVIDIA's nvml.h), answering from a scenario file named
 * by JOULECHECK_FAKE_NVML (read at every nvmlInit_v2). Built by test/fakes/nvml.ts with gcc.
 *
 * Scenario: one directive per line, fields separated by TABs (values may hold spaces), '#' comments.
 *   driver	590.48.01
 *   init	9                      return code of nvmlInit_v2 (default 0)
 *   t0_us	1763900000000000       epoch us origin of the waveforms (default: the first nvmlInit_v2)
 *   sample_ms	200                per-process utilisation sampling period (default 200)
 *   proc_util_mode	per-period     what nvmlDeviceGetProcessUtilization returns (default per-period):
 *        per-period: one sample per sampling period per process since lastSeenTimeStamp
 *        aggregate: one entry per process per call, stamped at its latest sample, SM = its mean since then
 *          (what real drivers return)
 *        stale: aggregate, plus entries stamped at or before lastSeenTimeStamp (a stale 0 % per process,
 *          an exited pid at 100 %) and pid-0 padding up to 100 entries
 *        over100: aggregate, plus an entry above 100 % SM per process
 *   gpu	uuid=GPU-..	name=NVIDIA H100 80GB HBM3	counter=1	power=1	field=1	mig=0	persistence=1
 *      	limit_w=700	default_w=700	base_w=100	wave_w=0	wave_period_ms=0	wave_duty=0.5	wave_phase_ms=0
 *      	util=-1	proc_util=1	counter_ms=0	avg_ms=0	lost_after_s=-1
 *        counter=0: nvmlDeviceGetTotalEnergyConsumption says NOT_SUPPORTED (pre-Volta)
 *        power=0: neither the field nor nvmlDeviceGetPowerUsage reads; field=0: NVML_FI_DEV_POWER_INSTANT
 *          unsupported (older driver), nvmlDeviceGetPowerUsage still reads
 *        power: base_w (+ steps) + wave_w during the first wave_duty of every wave_period_ms
 *        counter_ms: the counter moves only every counter_ms (the real one updates about every 100 ms)
 *        avg_ms: nvmlDeviceGetPowerUsage returns the mean of the last avg_ms (Ampere+: 1000), else instant
 *        util=-1: utilisation = sum of the SM % of its live processes (capped at 100)
 *        persistence=-1: NOT_SUPPORTED;  lost_after_s: every device call returns GPU_IS_LOST after it
 *   step	<gpu index>	<seconds after t0>	<watts>      base power from then on
 *   proc	<gpu index>	argv0=<name> | pid=<n>	sm=<%>	mem=<MiB>	type=C|G	samples=1	from_s=..	until_s=..
 *        a process found in /proc by its argv[0] (the whole argv[0] or its basename), or a fixed pid;
 *        type: listed by nvmlDeviceGetComputeRunningProcesses_v3 (C) or ..GraphicsRunningProcesses_v3 (G);
 *        samples=0: holds a context but nvmlDeviceGetProcessUtilization never names it;
 *        from_s/until_s: it holds a context (and is sampled) only from/until that many seconds after t0
 *
 * The energy counter is the exact integral of the power since t0, plus an offset (mJ since "driver load").
 * Process utilisation samples are stamped every sample_ms since t0 for each process while it lives (kept
 * after it exits, as the driver keeps what it sampled); a sample covers the sample_ms before its timestamp.
 */
#define _GNU_SOURCE
#include <ctype.h>
#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>
#include <unistd.h>

typedef int nvmlReturn_t;
#define NVML_SUCCESS 0
#define NVML_ERROR_UNINITIALIZED 1
#define NVML_ERROR_INVALID_ARGUMENT 2
#define NVML_ERROR_NOT_SUPPORTED 3
#define NVML_ERROR_NOT_FOUND 6
#define NVML_ERROR_INSUFFICIENT_SIZE 7
#define NVML_ERROR_GPU_IS_LOST 15
#define NVML_ERROR_UNKNOWN 999

#define NVML_FI_DEV_POWER_INSTANT 186
#define NVML_VALUE_TYPE_UNSIGNED_INT 1

typedef struct nvmlUtilization_st {
  unsigned int gpu;
  unsigned int memory;
} nvmlUtilization_t;

typedef union nvmlValue_st {
  double dVal;
  int siVal;
  unsigned int uiVal;
  unsigned long ulVal;
  unsigned long long ullVal;
  signed long long sllVal;
  unsigned short usVal;
} nvmlValue_t;

typedef struct nvmlFieldValue_st {
  unsigned int fieldId;
  unsigned int scopeId;
  long long timestamp;
  long long latencyUsec;
  int valueType; /* nvmlValueType_t */
  nvmlReturn_t nvmlReturn;
  nvmlValue_t value;
} nvmlFieldValue_t;

typedef struct nvmlProcessUtilizationSample_st {
  unsigned int pid;
  unsigned long long timeStamp;
  unsigned int smUtil;
  unsigned int memUtil;
  unsigned int encUtil;
  unsigned int decUtil;
} nvmlProcessUtilizationSample_t;

/* nvmlProcessInfo_t of the _v3 calls (nvmlProcessInfo_v2_st layout) */
typedef struct nvmlProcessInfo_st {
  unsigned int pid;
  unsigned long long usedGpuMemory;
  unsigned int gpuInstanceId;
  unsigned int computeInstanceId;
} nvmlProcessInfo_t;

#define MAX_GPUS 16
#define MAX_STEPS 64
#define MAX_PROCS 64
#define MAX_LIVE 256

struct step { double t, w; };
struct proc { int gpu; char argv0[256]; int pid; unsigned sm, mem; int graphics, samples; double from_s, until_s; };

typedef struct nvmlDevice_st {
  int index;
  char uuid[96], name[96];
  int counter, power, field, mig, persistence, util, proc_util;
  double limit_w, default_w, base_w, wave_w, wave_period_ms, wave_duty, wave_phase_ms, counter_ms, avg_ms, lost_after_s;
  struct step steps[MAX_STEPS];
  int nsteps;
} *nvmlDevice_t;

static struct nvmlDevice_st gpus[MAX_GPUS];
static int ngpus;
static struct proc procs[MAX_PROCS];
static int nprocs;
static char driver[80] = "590.48.01";
static int init_rc;
static int initialised;
static double t0_us = -1;
static double sample_ms = 200;
enum { MODE_PER_PERIOD, MODE_AGGREGATE, MODE_STALE, MODE_OVER100 };
static int proc_util_mode = MODE_PER_PERIOD;

static double now_us(void) {
  struct timeval tv;
  gettimeofday(&tv, NULL);
  return (double)tv.tv_sec * 1e6 + (double)tv.tv_usec;
}

static void gpu_defaults(struct nvmlDevice_st *g, int i) {
  memset(g, 0, sizeof *g);
  g->index = i;
  snprintf(g->uuid, sizeof g->uuid, "GPU-%08d-1111-2222-3333-%012d", i, i);
  snprintf(g->name, sizeof g->name, "NVIDIA H100 80GB HBM3");
  g->counter = g->power = g->field = g->proc_util = 1;
  g->persistence = 1;
  g->util = -1;
  g->limit_w = g->default_w = 700;
  g->base_w = 100;
  g->wave_duty = 0.5;
  g->lost_after_s = -1;
}

static void gpu_set(struct nvmlDevice_st *g, const char *k, const char *v) {
  double d = atof(v);
  if (!strcmp(k, "uuid")) snprintf(g->uuid, sizeof g->uuid, "%s", v);
  else if (!strcmp(k, "name")) snprintf(g->name, sizeof g->name, "%s", v);
  else if (!strcmp(k, "counter")) g->counter = (int)d;
  else if (!strcmp(k, "power")) g->power = (int)d;
  else if (!strcmp(k, "field")) g->field = (int)d;
  else if (!strcmp(k, "mig")) g->mig = (int)d;
  else if (!strcmp(k, "persistence")) g->persistence = (int)d;
  else if (!strcmp(k, "util")) g->util = (int)d;
  else if (!strcmp(k, "proc_util")) g->proc_util = (int)d;
  else if (!strcmp(k, "limit_w")) g->limit_w = d;
  else if (!strcmp(k, "default_w")) g->default_w = d;
  else if (!strcmp(k, "base_w")) g->base_w = d;
  else if (!strcmp(k, "wave_w")) g->wave_w = d;
  else if (!strcmp(k, "wave_period_ms")) g->wave_period_ms = d;
  else if (!strcmp(k, "wave_duty")) g->wave_duty = d;
  else if (!strcmp(k, "wave_phase_ms")) g->wave_phase_ms = d;
  else if (!strcmp(k, "counter_ms")) g->counter_ms = d;
  else if (!strcmp(k, "avg_ms")) g->avg_ms = d;
  else if (!strcmp(k, "lost_after_s")) g->lost_after_s = d;
}

/* Splits a line on TABs in place; returns the number of fields. */
static int split_tabs(char *line, char **f, int max) {
  int n = 0;
  char *p = line;
  while (n < max) {
    f[n++] = p;
    char *t = strchr(p, '\t');
    if (!t) break;
    *t = 0;
    p = t + 1;
  }
  return n;
}

static void reset_procs(void);

static void load_scenario(void) {
  ngpus = nprocs = 0;
  reset_procs();
  init_rc = 0;
  sample_ms = 200;
  double t0 = -1;
  const char *path = getenv("JOULECHECK_FAKE_NVML");
  FILE *fp = path ? fopen(path, "r") : NULL;
  if (!fp) {
    /* no scenario: one idle H100 */
    gpu_defaults(&gpus[0], 0);
    ngpus = 1;
  } else {
    char line[2048];
    while (fgets(line, sizeof line, fp)) {
      line[strcspn(line, "\r\n")] = 0;
      if (line[0] == 0 || line[0] == '#') continue;
      char *f[32];
      int n = split_tabs(line, f, 32);
      if (!strcmp(f[0], "driver") && n > 1) snprintf(driver, sizeof driver, "%s", f[1]);
      else if (!strcmp(f[0], "init") && n > 1) init_rc = atoi(f[1]);
      else if (!strcmp(f[0], "t0_us") && n > 1) t0 = atof(f[1]);
      else if (!strcmp(f[0], "sample_ms") && n > 1) sample_ms = atof(f[1]);
      else if (!strcmp(f[0], "proc_util_mode") && n > 1)
        proc_util_mode = !strcmp(f[1], "aggregate") ? MODE_AGGREGATE : !strcmp(f[1], "stale") ? MODE_STALE : !strcmp(f[1], "over100") ? MODE_OVER100 : MODE_PER_PERIOD;
      else if (!strcmp(f[0], "gpu") && ngpus < MAX_GPUS) {
        struct nvmlDevice_st *g = &gpus[ngpus];
        gpu_defaults(g, ngpus);
        for (int i = 1; i < n; i++) {
          char *eq = strchr(f[i], '=');
          if (!eq) continue;
          *eq = 0;
          gpu_set(g, f[i], eq + 1);
        }
        ngpus++;
      } else if (!strcmp(f[0], "step") && n > 3) {
        int i = atoi(f[1]);
        if (i >= 0 && i < ngpus && gpus[i].nsteps < MAX_STEPS) {
          struct step *s = &gpus[i].steps[gpus[i].nsteps++];
          s->t = atof(f[2]);
          s->w = atof(f[3]);
        }
      } else if (!strcmp(f[0], "proc") && n > 2 && nprocs < MAX_PROCS) {
        struct proc *p = &procs[nprocs];
        memset(p, 0, sizeof *p);
        p->gpu = atoi(f[1]);
        p->samples = 1;
        p->from_s = -1e18;
        p->until_s = 1e18;
        for (int i = 2; i < n; i++) {
          if (!strncmp(f[i], "argv0=", 6)) snprintf(p->argv0, sizeof p->argv0, "%s", f[i] + 6);
          else if (!strncmp(f[i], "pid=", 4)) p->pid = atoi(f[i] + 4);
          else if (!strncmp(f[i], "sm=", 3)) p->sm = (unsigned)atoi(f[i] + 3);
          else if (!strncmp(f[i], "mem=", 4)) p->mem = (unsigned)atoi(f[i] + 4);
          else if (!strncmp(f[i], "type=", 5)) p->graphics = f[i][5] == 'G';
          else if (!strncmp(f[i], "samples=", 8)) p->samples = atoi(f[i] + 8);
          else if (!strncmp(f[i], "from_s=", 7)) p->from_s = atof(f[i] + 7);
          else if (!strncmp(f[i], "until_s=", 8)) p->until_s = atof(f[i] + 8);
        }
        nprocs++;
      }
    }
    fclose(fp);
  }
  if (t0 >= 0) t0_us = t0;
  else if (t0_us < 0) t0_us = now_us();
}

/* ---------------------------------------------------------------- power and its exact integral */

/* Base power (W) at s seconds after t0: base_w, then the steps. */
static double base_at(const struct nvmlDevice_st *g, double s) {
  double w = g->base_w;
  for (int i = 0; i < g->nsteps; i++)
    if (s >= g->steps[i].t) w = g->steps[i].w;
  return w;
}

static int wave_on(const struct nvmlDevice_st *g, double s) {
  if (g->wave_w == 0 || g->wave_period_ms <= 0) return 0;
  double p = g->wave_period_ms / 1000, x = s - g->wave_phase_ms / 1000;
  double frac = x / p - floor(x / p);
  return frac < g->wave_duty;
}

static double power_at(const struct nvmlDevice_st *g, double s) {
  return base_at(g, s) + (wave_on(g, s) ? g->wave_w : 0);
}

/* Integral of the base power from 0 to s (J); before 0 the base_w holds (s may be negative). */
static double base_integral(const struct nvmlDevice_st *g, double s) {
  /* segments start at 0 with base_w; steps sorted as given (tests give them in order) */
  double e = 0, from = 0, w = g->base_w;
  if (s <= 0) return g->base_w * s;
  for (int i = 0; i < g->nsteps; i++) {
    double t = g->steps[i].t;
    if (t <= from) {
      w = g->steps[i].w;
      continue;
    }
    if (t >= s) break;
    e += w * (t - from);
    from = t;
    w = g->steps[i].w;
  }
  return e + w * (s - from);
}

/* Time (s) the wave is on within [0, x] for x >= 0 (relative to the wave's own phase). */
static double wave_on_time(const struct nvmlDevice_st *g, double x) {
  double p = g->wave_period_ms / 1000, d = g->wave_duty * p;
  double k = floor(x / p), r = x - k * p;
  return k * d + (r < d ? r : d);
}

static double energy_j(const struct nvmlDevice_st *g, double s) {
  double e = base_integral(g, s);
  if (g->wave_w != 0 && g->wave_period_ms > 0) {
    /* shift so both ends are non-negative: the on-time is periodic */
    double ph = g->wave_phase_ms / 1000, p = g->wave_period_ms / 1000;
    double shift = ceil((ph + 1e6) / p) * p; /* a whole number of periods, far enough back */
    e += g->wave_w * (wave_on_time(g, s - ph + shift) - wave_on_time(g, -ph + shift));
  }
  return e;
}

#define COUNTER_OFFSET_MJ 987654321ULL

static double secs(void) { return (now_us() - t0_us) / 1e6; }

static int lost(const struct nvmlDevice_st *g) { return g->lost_after_s >= 0 && secs() >= g->lost_after_s; }

/* ---------------------------------------------------------------- processes in /proc */

struct live { int pid; double start_us; const struct proc *p; };
static struct live live[MAX_LIVE];
static int nlive;
static double live_at = -1e18;
/* every process seen, with the last time it was seen alive: the driver keeps the samples it took while a
 * process lived, so a query just after it exited still returns its last ones */
struct seen { int pid; double start_us, alive_us; const struct proc *p; };
static struct seen seen[MAX_LIVE];
static int nseen;

static double boot_epoch_us(void) {
  FILE *f = fopen("/proc/uptime", "r");
  double up = 0;
  if (f) {
    if (fscanf(f, "%lf", &up) != 1) up = 0;
    fclose(f);
  }
  return now_us() - up * 1e6;
}

/* Start time of a process (epoch us) from /proc/<pid>/stat field 22. */
static double start_of(int pid, double boot) {
  char path[64], buf[4096];
  snprintf(path, sizeof path, "/proc/%d/stat", pid);
  FILE *f = fopen(path, "r");
  if (!f) return -1;
  size_t n = fread(buf, 1, sizeof buf - 1, f);
  fclose(f);
  buf[n] = 0;
  char *p = strrchr(buf, ')');
  if (!p) return -1;
  p += 2; /* field 3 */
  for (int field = 3; field < 22 && *p; field++) {
    p = strchr(p, ' ');
    if (!p) return -1;
    p++;
  }
  return boot + atof(p) / (double)sysconf(_SC_CLK_TCK) * 1e6;
}

static int argv0_of(int pid, char *out, size_t len) {
  char path[64];
  snprintf(path, sizeof path, "/proc/%d/cmdline", pid);
  FILE *f = fopen(path, "r");
  if (!f) return 0;
  size_t n = fread(out, 1, len - 1, f);
  fclose(f);
  out[n] = 0;
  return n > 0;
}

static void reset_procs(void) {
  nlive = nseen = 0;
  live_at = -1e18;
}

static void remember(int n0) {
  for (int i = n0; i < nlive; i++) {
    int k = 0;
    while (k < nseen && !(seen[k].pid == live[i].pid && seen[k].p == live[i].p && seen[k].start_us == live[i].start_us)) k++;
    if (k == nseen) {
      if (nseen == MAX_LIVE) continue;
      seen[nseen++] = (struct seen){ live[i].pid, live[i].start_us, 0, live[i].p };
    }
    seen[k].alive_us = live_at;
  }
}

static void scan_now(void);

/* The scenario's processes alive now (re-scanned at most every 50 ms). */
static void scan(void) {
  if (now_us() - live_at < 50000) return;
  scan_now();
  remember(0);
}

/* whether a scenario process holds its context now (its from_s/until_s window) */
static int in_window(const struct proc *p, double t) {
  double s = (t - t0_us) / 1e6;
  return s >= p->from_s && s < p->until_s;
}

static void scan_now(void) {
  double t = now_us();
  live_at = t;
  nlive = 0;
  double boot = boot_epoch_us();
  for (int i = 0; i < nprocs; i++)
    if (procs[i].pid > 0 && nlive < MAX_LIVE && in_window(&procs[i], t)) {
      double st = start_of(procs[i].pid, boot);
      if (st >= 0) live[nlive++] = (struct live){ procs[i].pid, st, &procs[i] };
    }
  int byname = 0;
  for (int i = 0; i < nprocs; i++) byname |= procs[i].argv0[0] != 0;
  if (!byname) return;
  DIR *d = opendir("/proc");
  if (!d) return;
  struct dirent *e;
  char a0[4096];
  while ((e = readdir(d))) {
    if (!isdigit((unsigned char)e->d_name[0])) continue;
    int pid = atoi(e->d_name);
    if (!argv0_of(pid, a0, sizeof a0)) continue;
    const char *base = strrchr(a0, '/');
    base = base ? base + 1 : a0;
    for (int i = 0; i < nprocs && nlive < MAX_LIVE; i++) {
      if (!procs[i].argv0[0] || !in_window(&procs[i], t)) continue;
      if (strcmp(a0, procs[i].argv0) && strcmp(base, procs[i].argv0)) continue;
      double st = start_of(pid, boot);
      if (st >= 0) live[nlive++] = (struct live){ pid, st, &procs[i] };
    }
  }
  closedir(d);
}

/* ---------------------------------------------------------------- the API */

#define CHECK_DEV(dev)                                     \
  do {                                                     \
    if (!initialised) return NVML_ERROR_UNINITIALIZED;     \
    if (!(dev)) return NVML_ERROR_INVALID_ARGUMENT;        \
    if (lost(dev)) return NVML_ERROR_GPU_IS_LOST;          \
  } while (0)

nvmlReturn_t nvmlInit_v2(void) {
  load_scenario();
  if (init_rc != 0) return init_rc;
  initialised++;
  return NVML_SUCCESS;
}

nvmlReturn_t nvmlInit(void) { return nvmlInit_v2(); }

nvmlReturn_t nvmlShutdown(void) {
  if (!initialised) return NVML_ERROR_UNINITIALIZED;
  initialised--;
  return NVML_SUCCESS;
}

const char *nvmlErrorString(nvmlReturn_t r) {
  switch (r) {
    case 0: return "Success";
    case 1: return "Uninitialized";
    case 2: return "Invalid Argument";
    case 3: return "Not Supported";
    case 4: return "Insufficient Permissions";
    case 6: return "Not Found";
    case 7: return "Insufficient Size";
    case 9: return "Driver Not Loaded";
    case 12: return "Library Not Found";
    case 15: return "GPU is lost";
    case 18: return "RM has detected an NVML/RM version mismatch.";
    default: return "Unknown Error";
  }
}

nvmlReturn_t nvmlSystemGetDriverVersion(char *version, unsigned int length) {
  if (!initialised) return NVML_ERROR_UNINITIALIZED;
  if (!version) return NVML_ERROR_INVALID_ARGUMENT;
  if (strlen(driver) + 1 > length) return NVML_ERROR_INSUFFICIENT_SIZE;
  strcpy(version, driver);
  return NVML_SUCCESS;
}

nvmlReturn_t nvmlDeviceGetCount_v2(unsigned int *count) {
  if (!initialised) return NVML_ERROR_UNINITIALIZED;
  if (!count) return NVML_ERROR_INVALID_ARGUMENT;
  *count = (unsigned)ngpus;
  return NVML_SUCCESS;
}

nvmlReturn_t nvmlDeviceGetHandleByIndex_v2(unsigned int index, nvmlDevice_t *device) {
  if (!initialised) return NVML_ERROR_UNINITIALIZED;
  if (!device || index >= (unsigned)ngpus) return NVML_ERROR_INVALID_ARGUMENT;
  *device = &gpus[index];
  return NVML_SUCCESS;
}

static nvmlReturn_t copy_str(char *out, unsigned int length, const char *s) {
  if (!out) return NVML_ERROR_INVALID_ARGUMENT;
  if (strlen(s) + 1 > length) return NVML_ERROR_INSUFFICIENT_SIZE;
  strcpy(out, s);
  return NVML_SUCCESS;
}

nvmlReturn_t nvmlDeviceGetUUID(nvmlDevice_t d, char *uuid, unsigned int length) {
  CHECK_DEV(d);
  return copy_str(uuid, length, d->uuid);
}

nvmlReturn_t nvmlDeviceGetName(nvmlDevice_t d, char *name, unsigned int length) {
  CHECK_DEV(d);
  return copy_str(name, length, d->name);
}

nvmlReturn_t nvmlDeviceGetIndex(nvmlDevice_t d, unsigned int *index) {
  CHECK_DEV(d);
  *index = (unsigned)d->index;
  return NVML_SUCCESS;
}

nvmlReturn_t nvmlDeviceGetTotalEnergyConsumption(nvmlDevice_t d, unsigned long long *energy) {
  CHECK_DEV(d);
  if (!energy) return NVML_ERROR_INVALID_ARGUMENT;
  if (!d->counter) return NVML_ERROR_NOT_SUPPORTED;
  double s = secs();
  if (d->counter_ms > 0) s = floor(s / (d->counter_ms / 1000)) * (d->counter_ms / 1000);
  *energy = COUNTER_OFFSET_MJ + (unsigned long long)llround(energy_j(d, s) * 1000);
  return NVML_SUCCESS;
}

nvmlReturn_t nvmlDeviceGetPowerUsage(nvmlDevice_t d, unsigned int *power) {
  CHECK_DEV(d);
  if (!power) return NVML_ERROR_INVALID_ARGUMENT;
  if (!d->power) return NVML_ERROR_NOT_SUPPORTED;
  double s = secs(), w;
  if (d->avg_ms > 0) {
    double a = d->avg_ms / 1000;
    w = (energy_j(d, s) - energy_j(d, s - a)) / a;
  } else w = power_at(d, s);
  *power = (unsigned)llround(w * 1000);
  return NVML_SUCCESS;
}

nvmlReturn_t nvmlDeviceGetFieldValues(nvmlDevice_t d, int valuesCount, nvmlFieldValue_t *values) {
  CHECK_DEV(d);
  if (!values || valuesCount < 0) return NVML_ERROR_INVALID_ARGUMENT;
  double t = now_us();
  for (int i = 0; i < valuesCount; i++) {
    nvmlFieldValue_t *v = &values[i];
    v->timestamp = (long long)t;
    v->latencyUsec = 0;
    if (v->fieldId == NVML_FI_DEV_POWER_INSTANT && d->power && d->field) {
      v->valueType = NVML_VALUE_TYPE_UNSIGNED_INT;
      v->nvmlReturn = NVML_SUCCESS;
      v->value.uiVal = (unsigned)llround(power_at(d, (t - t0_us) / 1e6) * 1000);
    } else {
      v->nvmlReturn = NVML_ERROR_NOT_SUPPORTED;
    }
  }
  return NVML_SUCCESS;
}

static unsigned sm_sum(const struct nvmlDevice_st *d) {
  scan();
  unsigned s = 0;
  for (int i = 0; i < nlive; i++)
    if (live[i].p->gpu == d->index) s += live[i].p->sm;
  return s > 100 ? 100 : s;
}

nvmlReturn_t nvmlDeviceGetUtilizationRates(nvmlDevice_t d, nvmlUtilization_t *u) {
  CHECK_DEV(d);
  if (!u) return NVML_ERROR_INVALID_ARGUMENT;
  if (d->mig) return NVML_ERROR_NOT_SUPPORTED;
  u->gpu = d->util >= 0 ? (unsigned)d->util : sm_sum(d);
  u->memory = 0;
  return NVML_SUCCESS;
}

nvmlReturn_t nvmlDeviceGetProcessUtilization(nvmlDevice_t d, nvmlProcessUtilizationSample_t *utilization,
                                             unsigned int *processSamplesCount, unsigned long long lastSeenTimeStamp) {
  CHECK_DEV(d);
  if (!processSamplesCount) return NVML_ERROR_INVALID_ARGUMENT;
  if (d->mig || !d->proc_util) return NVML_ERROR_NOT_SUPPORTED;
  scan();
  double t = now_us(), p = sample_ms * 1000;
  /* the sample stamps in (lastSeen, now], at most 10 s back, for every live process of this GPU */
  double from = (double)lastSeenTimeStamp;
  if (from < t - 10e6) from = t - 10e6;
  long long k0 = (long long)floor((from - t0_us) / p) + 1, k1 = (long long)floor((t - t0_us) / p);
  static nvmlProcessUtilizationSample_t buf[MAX_LIVE * 64 + 256];
  unsigned n = 0, real = 0;
  const unsigned cap = sizeof buf / sizeof buf[0] - 256;
  for (int i = 0; i < nseen; i++) {
    if (seen[i].p->gpu != d->index || !seen[i].p->samples) continue;
    /* one process can be seen more than once (its start time read again with a little jitter): the
     * latest of them is the one that lived longest */
    int dup = 0;
    for (int j = i + 1; j < nseen && !dup; j++) dup = seen[j].pid == seen[i].pid && seen[j].p == seen[i].p;
    if (dup) continue;
    double latest = -1;
    for (long long k = k0; k <= k1; k++) {
      double ts = t0_us + k * p;
      if (ts <= seen[i].start_us || ts > seen[i].alive_us) continue;
      latest = ts;
      if (proc_util_mode == MODE_PER_PERIOD && n < cap)
        buf[n++] = (nvmlProcessUtilizationSample_t){ (unsigned)seen[i].pid, (unsigned long long)ts, seen[i].p->sm, 0, 0, 0 };
    }
    if (latest < 0 || proc_util_mode == MODE_PER_PERIOD) continue;
    /* the SM is constant per process here, so its mean since lastSeen is its SM */
    buf[n++] = (nvmlProcessUtilizationSample_t){ (unsigned)seen[i].pid, (unsigned long long)latest, seen[i].p->sm, 0, 0, 0 };
    if (proc_util_mode == MODE_OVER100)
      buf[n++] = (nvmlProcessUtilizationSample_t){ (unsigned)seen[i].pid, (unsigned long long)latest, 100 + seen[i].p->sm + 55, 0, 0, 0 };
    if (proc_util_mode == MODE_STALE && lastSeenTimeStamp > 0)
      buf[n++] = (nvmlProcessUtilizationSample_t){ (unsigned)seen[i].pid, lastSeenTimeStamp - (unsigned long long)p, 0, 0, 0, 0 };
  }
  real = n;
  if (real > 0 && proc_util_mode == MODE_STALE) {
    if (lastSeenTimeStamp > 0) buf[n++] = (nvmlProcessUtilizationSample_t){ 4000000, lastSeenTimeStamp, 100, 0, 0, 0 };
    while (n < 100) buf[n++] = (nvmlProcessUtilizationSample_t){ 0, 0, 0, 0, 0, 0 };
  }
  if (real == 0) {
    *processSamplesCount = 0;
    return NVML_ERROR_NOT_FOUND;
  }
  if (!utilization || *processSamplesCount < n) {
    *processSamplesCount = n;
    return NVML_ERROR_INSUFFICIENT_SIZE;
  }
  memcpy(utilization, buf, n * sizeof buf[0]);
  *processSamplesCount = n;
  return NVML_SUCCESS;
}

/* The live processes of one type (compute or graphics) holding a context on the GPU. */
static nvmlReturn_t running(nvmlDevice_t d, int graphics, unsigned int *infoCount, nvmlProcessInfo_t *infos) {
  CHECK_DEV(d);
  if (!infoCount) return NVML_ERROR_INVALID_ARGUMENT;
  scan();
  unsigned need = 0;
  for (int i = 0; i < nlive; i++) need += live[i].p->gpu == d->index && live[i].p->graphics == graphics;
  if (*infoCount < need || (!infos && need > 0)) {
    *infoCount = need;
    return NVML_ERROR_INSUFFICIENT_SIZE;
  }
  unsigned n = 0;
  for (int i = 0; i < nlive; i++) {
    if (live[i].p->gpu != d->index || live[i].p->graphics != graphics) continue;
    infos[n].pid = (unsigned)live[i].pid;
    infos[n].usedGpuMemory = (unsigned long long)live[i].p->mem * 1024ULL * 1024ULL;
    infos[n].gpuInstanceId = infos[n].computeInstanceId = 0xFFFFFFFFu;
    n++;
  }
  *infoCount = n;
  return NVML_SUCCESS;
}

nvmlReturn_t nvmlDeviceGetComputeRunningProcesses_v3(nvmlDevice_t d, unsigned int *infoCount, nvmlProcessInfo_t *infos) {
  return running(d, 0, infoCount, infos);
}

nvmlReturn_t nvmlDeviceGetGraphicsRunningProcesses_v3(nvmlDevice_t d, unsigned int *infoCount, nvmlProcessInfo_t *infos) {
  return running(d, 1, infoCount, infos);
}

nvmlReturn_t nvmlDeviceGetMigMode(nvmlDevice_t d, unsigned int *currentMode, unsigned int *pendingMode) {
  CHECK_DEV(d);
  if (!currentMode || !pendingMode) return NVML_ERROR_INVALID_ARGUMENT;
  *currentMode = *pendingMode = (unsigned)d->mig;
  return NVML_SUCCESS;
}

nvmlReturn_t nvmlDeviceGetPersistenceMode(nvmlDevice_t d, int *mode) {
  CHECK_DEV(d);
  if (!mode) return NVML_ERROR_INVALID_ARGUMENT;
  if (d->persistence < 0) return NVML_ERROR_NOT_SUPPORTED;
  *mode = d->persistence;
  return NVML_SUCCESS;
}

nvmlReturn_t nvmlDeviceGetEnforcedPowerLimit(nvmlDevice_t d, unsigned int *limit) {
  CHECK_DEV(d);
  if (!limit) return NVML_ERROR_INVALID_ARGUMENT;
  *limit = (unsigned)llround(d->limit_w * 1000);
  return NVML_SUCCESS;
}

nvmlReturn_t nvmlDeviceGetPowerManagementDefaultLimit(nvmlDevice_t d, unsigned int *limit) {
  CHECK_DEV(d);
  if (!limit) return NVML_ERROR_INVALID_ARGUMENT;
  *limit = (unsigned)llround(d->default_w * 1000);
  return NVML_SUCCESS;
}
