import { Anchor, type AnchorProps } from "@mantine/core";
import { createLink } from "@tanstack/react-router";
import { type AnchorHTMLAttributes, forwardRef } from "react";

const RoutedAnchor = forwardRef<HTMLAnchorElement, AnchorProps & AnchorHTMLAttributes<HTMLAnchorElement>>(
  (props, ref) => <Anchor ref={ref} {...props} />,
);

/** A Mantine Anchor that navigates with the router and keeps its typed `to` and `params`. */
export const AnchorLink = createLink(RoutedAnchor);
