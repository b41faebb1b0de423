<?php
/**
 * The editor script's dependencies (WordPress's globals) and version, as a build tool
 * would write them; written by hand, since the script needs no build.
 *
 * @package SmpWidget
 */

defined( 'ABSPATH' ) || exit;

return array(
	'dependencies' => array( 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element', 'wp-i18n', 'wp-server-side-render' ),
	'version'      => \SmpWidget\VERSION,
);
