// STUB — replaced by the profiles module (built-ins classic, central-2021, hebei; user JSON loader).
import { profileSchema, type Profile } from "./schema";
export * from "./schema";

export const DEFAULT_PROFILE: Profile = profileSchema.parse({ name: "classic", label: "通用（传统框架）" });

export function getBuiltinProfile(name: string): Profile | null {
  return name === "classic" ? DEFAULT_PROFILE : null;
}
