import type { Branding } from "@courtier/contracts/responses";
import {
  Badge,
  createTheme,
  type MantineColorsTuple,
  type MantineThemeOverride,
  NativeSelect,
  PasswordInput,
  TextInput,
} from "@mantine/core";

/** The platform's own blue, used on the bare host and whenever an insurer colour is unusable. */
export const courtierBlue = "#1d4f91";

function parseHex(hex: string): [number, number, number] | null {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!match?.[1]) return null;
  const digits = match[1].length === 3 ? [...match[1]].map((c) => c + c).join("") : match[1];
  return [0, 2, 4].map((i) => Number.parseInt(digits.slice(i, i + 2), 16)) as [number, number, number];
}

function toHex(rgb: [number, number, number]): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, "0")).join("")}`;
}

function mix(color: [number, number, number], target: number, amount: number): [number, number, number] {
  return color.map((c) => c + (target - c) * amount) as [number, number, number];
}

/** Ten shades around the brand colour, which sits at shade 6 (Mantine's default primary shade). */
export function shadesOf(hex: string): MantineColorsTuple {
  const base = parseHex(hex) ?? parseHex(courtierBlue);
  if (!base) throw new Error("unreachable: the platform colour is a valid hex");
  const lighter = [0.92, 0.82, 0.68, 0.5, 0.32, 0.15].map((amount) => toHex(mix(base, 255, amount)));
  const darker = [0.14, 0.28, 0.42].map((amount) => toHex(mix(base, 0, amount)));
  return [...lighter, toHex(base), ...darker] as unknown as MantineColorsTuple;
}

export function buildTheme(branding: Branding | null): MantineThemeOverride {
  return createTheme({
    primaryColor: "brand",
    primaryShade: 6,
    colors: { brand: shadesOf(branding?.primaryColor ?? courtierBlue) },
    defaultRadius: "sm",
    fontFamily:
      'Inter, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
    headings: { fontWeight: "650" },
    autoContrast: true,
    // Labels stay exactly the manual's words (no "*"): required fields carry aria-required, and the one
    // optional field says so in its description.
    components: {
      TextInput: TextInput.extend({ defaultProps: { withAsterisk: false } }),
      PasswordInput: PasswordInput.extend({ defaultProps: { withAsterisk: false } }),
      NativeSelect: NativeSelect.extend({ defaultProps: { withAsterisk: false } }),
      Badge: Badge.extend({ defaultProps: { tt: "none" } }),
    },
  });
}
