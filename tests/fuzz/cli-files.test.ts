/**
 * Property test of the CLI's file handling: whatever bytes a file holds, `perfcheck check` never throws,
 * exits 0, 1 or 2, prints exactly one stderr line when (and only when) the file cannot be read, and the
 * JSON report stays spec-shaped. Inputs: pure noise, noise behind zip/OLE signatures, and real workbooks
 * with random byte flips or cut at a random length (which get past the sniffing into ExcelJS).
 * fuzzRuns(300) (every run writes and reads a file).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import fc from "fast-check";
import { BAD_DIR, STACK_TRACE, reportSchema, runCli } from "../cli/helpers";
import { fuzzRuns } from "../helpers/fuzz";

const RUNS = fuzzRuns(300);
const SEED_XLSX = ["formula-errors.xlsx", "merged-everywhere.xlsx", "shared-formulas-percent.xlsx"].map((f) => fs.readFileSync(path.join(BAD_DIR, f)));

const noise = fc.uint8Array({ minLength: 0, maxLength: 4096 });
const behind = (magic: number[]) => noise.map((b) => Uint8Array.from([...magic, ...b]));
const flipped = fc
  .tuple(fc.constantFrom(...SEED_XLSX), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }))
  .map(([buf, flips]) => {
    const out = Uint8Array.from(buf);
    for (const [pos, byte] of flips) out[pos % out.length] = byte;
    return out;
  });
const cut = fc.tuple(fc.constantFrom(...SEED_XLSX), fc.nat()).map(([buf, n]) => Uint8Array.from(buf.subarray(0, n % buf.length)));
const anyFile = fc.oneof(noise, behind([0x50, 0x4b, 0x03, 0x04]), behind([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), flipped, cut);

let dir = "";
const outcomes: Record<number, number> = {};
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "perfcheck-fuzz-"));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  if (process.env.FUZZ_VERBOSE) process.stdout.write(`exit codes: ${JSON.stringify(outcomes)}\n`);
});

test("random files: never throws, exit ∈ {0,1,2}, one stderr line per unreadable file, JSON stays valid", async () => {
  let n = 0;
  await fc.assert(
    fc.asyncProperty(anyFile, async (bytes) => {
      const file = path.join(dir, `f${n++}.xlsx`);
      fs.writeFileSync(file, bytes);
      const r = await runCli(["check", "--format", "json", file]);
      expect([0, 1, 2]).toContain(r.code);
      outcomes[r.code] = (outcomes[r.code] ?? 0) + 1;
      const errLines = r.err.split("\n").filter((l) => l !== "");
      if (r.code === 2) {
        expect(errLines).toHaveLength(1);
        expect(errLines[0].startsWith(`perfcheck：无法`)).toBe(true);
        expect(errLines[0]).toContain(file);
      } else expect(errLines).toHaveLength(0);
      expect(r.err + r.out).not.toMatch(STACK_TRACE);
      const report = reportSchema.parse(JSON.parse(r.out));
      expect(report.files).toHaveLength(1);
      expect(report.files[0].error !== undefined).toBe(r.code === 2);
      expect(Buffer.compare(fs.readFileSync(file), Buffer.from(bytes))).toBe(0);
      fs.rmSync(file);
    }),
    { numRuns: RUNS },
  );
}, Math.max(600_000, RUNS * 50)); // `npm run fuzz` raises the runs: allow ~50 ms per file
