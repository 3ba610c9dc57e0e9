<?php
// Front controller for `php -S 127.0.0.1:PORT -t /usr/share/wordpress router.php` (Moderato's test WordPress).
// Files on disk are served by php -S itself; Debian keeps wp-content outside the document root,
// so /wp-content/* is read from /var/lib/wordpress; any other path is a WordPress route (index.php).
$requested = urldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH) ?? '/');
if (str_starts_with($requested, '/wp-content/')) {
    $asset = realpath('/var/lib/wordpress' . $requested);
    if ($asset !== false && is_file($asset) && pathinfo($asset, PATHINFO_EXTENSION) !== 'php') {
        $mime = [
            'css' => 'text/css', 'js' => 'application/javascript', 'json' => 'application/json',
            'svg' => 'image/svg+xml', 'png' => 'image/png', 'jpg' => 'image/jpeg', 'woff2' => 'font/woff2',
        ];
        header('Content-Type: ' . ($mime[strtolower(pathinfo($asset, PATHINFO_EXTENSION))] ?? 'application/octet-stream'));
        readfile($asset);
        return true;
    }
}
if ($requested !== '/' && file_exists($_SERVER['DOCUMENT_ROOT'] . $requested)) {
    return false; // wp-admin/, wp-login.php, static files: php -S handles them
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['PHP_SELF'] = '/index.php';
require $_SERVER['DOCUMENT_ROOT'] . '/index.php';
