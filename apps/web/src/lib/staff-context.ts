import type { StaffMe } from "@courtier/contracts/responses";
import { createContext, useContext } from "react";

export const StaffContext = createContext<StaffMe | null>(null);

/** The signed-in insurer staff member; only usable below the back-office shell, which provides it. */
export function useStaff(): StaffMe {
  const staff = useContext(StaffContext);
  if (!staff) throw new Error("useStaff is used outside the back office");
  return staff;
}
