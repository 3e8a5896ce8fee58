import type { Me } from "@courtier/contracts/responses";
import { createContext, useContext } from "react";

export const MeContext = createContext<Me | null>(null);

/** The signed-in user; only usable below the signed-in layout, which provides it. */
export function useMe(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error("useMe is used outside the signed-in layout");
  return me;
}
