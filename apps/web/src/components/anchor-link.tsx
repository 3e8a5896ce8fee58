import { Anchor, type AnchorProps, Button, type ButtonProps } from "@mantine/core";
import { createLink } from "@tanstack/react-router";
import { type AnchorHTMLAttributes, forwardRef } from "react";

const RoutedAnchor = forwardRef<HTMLAnchorElement, AnchorProps & AnchorHTMLAttributes<HTMLAnchorElement>>(
  (props, ref) => <Anchor ref={ref} {...props} />,
);

/** A Mantine Anchor that navigates with the router and keeps its typed `to` and `params`. */
export const AnchorLink = createLink(RoutedAnchor);

const RoutedButton = forwardRef<HTMLAnchorElement, ButtonProps & AnchorHTMLAttributes<HTMLAnchorElement>>(
  (props, ref) => <Button component="a" ref={ref} {...props} />,
);

/** A Mantine Button that is a link (a new page), with typed `to`, `params` and `search`. */
export const ButtonLink = createLink(RoutedButton);
