/** Run one table rule through the real runner (checkTable) on a built table. */
import { checkTable } from "../../../src/engine/check";
import { TABLE_RULES } from "../../../src/engine/rules";
import { DEFAULT_PROFILE, getBuiltinProfile, type Profile } from "../../../src/engine/profiles";
import type { Finding } from "../../../src/engine/types";
import { buildTable, type TableSpec } from "../../helpers/tableBuilder";

export function profileNamed(name: string): Profile {
  const p = getBuiltinProfile(name);
  if (!p) throw new Error(`no profile ${name}`);
  return p;
}

export function run(spec: TableSpec, code: string, profile: Profile = DEFAULT_PROFILE): Finding[] {
  const rule = TABLE_RULES.find((r) => r.code === code);
  if (!rule) throw new Error(`no table rule ${code}`);
  const findings = checkTable(buildTable(spec), { rules: [rule], profile });
  for (const f of findings) {
    // every message is zh-CN and says how to fix it
    expect(f.message).toMatch(/[\u4e00-\u9fff]/);
    expect(f.message).toMatch(/请|建议|应/);
  }
  return findings;
}

/** The parts a test asserts: code, cell, severity, suggestion (undefined when none). */
export function brief(fs: Finding[]): { code: string; cell: string | null; severity: string; suggestion?: string }[] {
  return fs.map((f) => ({ code: f.code, cell: f.cell, severity: f.severity, suggestion: f.suggestion }));
}
