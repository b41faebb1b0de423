<?php
/**
 * The plugin's translations: its admin screens in the administrator's language
 * (languages/smp-widget-<locale>.mo, made from languages/smp-widget.pot, which
 * scripts/wordpress-pot.sh writes), and the widget's fallback link in the language the
 * widget on that page speaks, whatever the administrator's.
 *
 * @package SmpWidget
 */

namespace SmpWidget;

defined( 'ABSPATH' ) || exit;

/**
 * The locale whose translation is the widget's own Spanish (US Latin American, "usted"):
 * the one for the fallback link, and for any Spanish locale without a file of its own.
 */
const SPANISH_LOCALE = 'es_MX';

// Priority 0: before anything else on init translates (the requests' labels, the block's title).
add_action( 'init', __NAMESPACE__ . '\\load_translations', 0 );
add_filter( 'load_script_translation_file', __NAMESPACE__ . '\\script_translation_file', 10, 3 );

/**
 * A translation platform's file (WP_LANG_DIR/plugins) first, else the plugin's own; a
 * Spanish locale the plugin has no file for (es_CO, es_AR, …) gets its Spanish.
 */
function load_translations(): void {
	if ( load_plugin_textdomain( 'smp-widget', false, dirname( plugin_basename( FILE ) ) . '/languages' ) ) {
		return;
	}
	if ( 'es' === widget_language( determine_locale() ) ) {
		load_textdomain( 'smp-widget', DIR . 'languages/smp-widget-' . SPANISH_LOCALE . '.mo' );
	}
}

/**
 * The block editor's strings (block/editor.js): WordPress 6.1 looks for their JSON only in
 * WP_LANG_DIR/plugins, so the plugin's own languages/ folder is tried when none is there.
 *
 * @param string|false $file   Where WordPress looks for the script's translations.
 * @param string       $handle The script's handle.
 * @param string       $domain The script's text domain.
 * @return string|false
 */
function script_translation_file( $file, $handle, $domain ) {
	if ( 'smp-widget' !== $domain || ! is_string( $file ) || is_readable( $file ) ) {
		return $file;
	}
	$own = DIR . 'languages/' . basename( $file );
	if ( is_readable( $own ) ) {
		return $own;
	}
	// Any other Spanish locale: the plugin's Spanish, as for the admin screens.
	$spanish = preg_replace( '/^smp-widget-es_[A-Za-z_]+-/', 'smp-widget-' . SPANISH_LOCALE . '-', basename( $file ) );
	return is_string( $spanish ) && is_readable( DIR . 'languages/' . $spanish ) ? DIR . 'languages/' . $spanish : $file;
}

/**
 * The widget's language for a tag as the widget reads one (`es`, `es-MX`, `EN_us`, a
 * WordPress locale): 'en', 'es', or '' for a language it does not speak.
 */
function widget_language( string $tag ): string {
	$primary = strtolower( explode( '-', str_replace( '_', '-', trim( $tag ) ) )[0] );
	return in_array( $primary, array( 'en', 'es' ), true ) ? $primary : '';
}

/**
 * The language the widget speaks on this page: its lang attribute if it speaks that one,
 * else the page's (WordPress prints the locale as `<html lang>`), else English.
 *
 * @param string $lang The element's lang attribute ('' without one).
 */
function page_language( string $lang ): string {
	foreach ( array( $lang, determine_locale() ) as $tag ) {
		$language = widget_language( $tag );
		if ( '' !== $language ) {
			return $language;
		}
	}
	return 'en';
}

/**
 * One of the plugin's English strings in `$lang` ('en' or 'es'), from the plugin's own
 * translation: switch_to_locale() refuses a locale whose WordPress language pack is not
 * installed, which would leave a Spanish page's link in the administrator's language.
 * scripts/wordpress-pot.sh extracts `$text` for translators.
 */
function in_language( string $lang, string $text ): string {
	$translations = 'es' === $lang ? spanish_translations() : null;
	return null === $translations ? $text : $translations->translate( $text );
}

/** The plugin's Spanish, read once per request; null if its file is missing. */
function spanish_translations(): ?\MO {
	static $mo = false;
	if ( false === $mo ) {
		$mo = new \MO();
		if ( ! $mo->import_from_file( DIR . 'languages/smp-widget-' . SPANISH_LOCALE . '.mo' ) ) {
			$mo = null;
		}
	}
	return $mo;
}
