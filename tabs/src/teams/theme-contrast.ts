export { teamsHighContrastTheme } from "@fluentui/react-components";
