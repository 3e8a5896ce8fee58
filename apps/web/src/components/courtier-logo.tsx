import { Group, Text } from "@mantine/core";

/** The platform mark: a "C" in a rounded square, followed by the word mark unless `compact`. */
export function CourtierLogo({
  inverted = false,
  compact = false,
}: {
  inverted?: boolean;
  compact?: boolean;
}) {
  const square = inverted ? "#ffffff" : "var(--mantine-color-brand-6)";
  const stroke = inverted ? "var(--mantine-color-brand-7)" : "#ffffff";
  return (
    <Group gap={8} wrap="nowrap" align="center">
      <svg width="30" height="30" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <rect width="32" height="32" rx="7" fill={square} />
        <path
          d="M21.5 11.2a7 7 0 1 0 0 9.6"
          fill="none"
          stroke={stroke}
          strokeWidth="3.2"
          strokeLinecap="round"
        />
      </svg>
      {!compact && (
        <Text
          component="span"
          fw={700}
          fz={20}
          lh={1}
          c={inverted ? "white" : "dark.8"}
          style={{ letterSpacing: -0.3 }}
        >
          Courtier
        </Text>
      )}
    </Group>
  );
}
