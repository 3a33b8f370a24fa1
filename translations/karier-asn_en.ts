<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>karier::AboutDialog</name>
    <message>
        <source>Tentang Karier ASN</source>
        <translation>About Karier ASN</translation>
    </message>
    <message>
        <source>Karier ASN %1</source>
        <translation>Karier ASN %1</translation>
    </message>
    <message>
        <source>Pemutakhiran data karier ASN Pemerintah Kota Surakarta</source>
        <translation>Career data of the civil servants of the Surakarta City Government</translation>
    </message>
    <message>
        <source>GPL-3.0-or-later — perangkat lunak bebas: Anda boleh menggunakan, mempelajari, membagikan, dan mengubahnya dengan ketentuan GNU General Public License versi 3 atau yang lebih baru. Tanpa jaminan apa pun.</source>
        <translation>GPL-3.0-or-later — free software: you may use, study, share and change it under the terms of the GNU General Public License version 3 or later. No warranty of any kind.</translation>
    </message>
    <message>
        <source>Tidak terhubung</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>%1 (skema %2)</source>
        <translation>%1 (schema %2)</translation>
    </message>
    <message>
        <source>Versi</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Lisensi</source>
        <translation>License</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Pustaka</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Dipakai untuk</source>
        <translation>Used for</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Untuk BKPSDM Pemerintah Kota Surakarta.</source>
        <translation>For BKPSDM of the Surakarta City Government.</translation>
    </message>
    <message>
        <source>Pustaka yang digunakan</source>
        <translation>Libraries used</translation>
    </message>
</context>
<context>
    <name>karier::BatchRecipientsPage</name>
    <message>
        <source>Cari dan centang pegawai</source>
        <translation>Find and tick employees</translation>
    </message>
    <message>
        <source>Semua Perangkat Daerah</source>
        <translation>All regional agencies</translation>
    </message>
    <message>
        <source>Nama atau NIP</source>
        <translation>Name or NIP</translation>
    </message>
    <message>
        <source>Tambahkan yang dicentang</source>
        <translation>Add ticked</translation>
    </message>
    <message>
        <source>Centang semua</source>
        <translation>Tick all</translation>
    </message>
    <message>
        <source>Daftar NIP penerima</source>
        <translation>Recipients&apos; NIPs</translation>
    </message>
    <message>
        <source>Tempel NIP dari lembar kerja (satu per baris, atau dipisah koma), atau muat file CSV yang memiliki kolom NIP.</source>
        <translation>Paste NIPs from a spreadsheet (one per line, or separated by commas), or load a CSV file with a NIP column.</translation>
    </message>
    <message>
        <source>contoh:
19850315 201001 2 002
198007122005011003</source>
        <translation>for example:
19850315 201001 2 002
198007122005011003</translation>
    </message>
    <message>
        <source>Muat CSV…</source>
        <translation>Load CSV…</translation>
    </message>
    <message>
        <source>Kosongkan</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Klik Selanjutnya untuk memeriksa daftar: setiap NIP dicocokkan dengan data pegawai.</source>
        <translation>Click Next to check the list: every NIP is matched against the employee data.</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unit Kerja</source>
        <translation>Work Unit</translation>
    </message>
    <message>
        <source>Peringatan</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Baris</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Isian</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Tidak menerima karena</source>
        <translation>Does not receive it because</translation>
    </message>
    <message>
        <source>Muat daftar NIP</source>
        <translation>Load NIP List</translation>
    </message>
    <message>
        <source>Daftar NIP (*.csv *.txt);;Semua file (*)</source>
        <translation>NIP lists (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Belum ada NIP.</source>
        <translation>No NIPs yet.</translation>
    </message>
    <message>
        <source>%1 isian dalam daftar</source>
        <translation>Entries in the list: %1</translation>
    </message>
    <message>
        <source>File %1 tidak dapat dibuka: %2</source>
        <translation>The file %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>File %1 terlalu besar untuk sebuah daftar NIP.</source>
        <translation>The file %1 is too large for a NIP list.</translation>
    </message>
    <message>
        <source>File %1 bukan teks UTF-8. Simpan ulang sebagai CSV UTF-8 dari lembar kerja.</source>
        <translation>The file %1 is not UTF-8 text. Save it again as CSV UTF-8 from the spreadsheet.</translation>
    </message>
    <message>
        <source>Tidak ada pegawai yang cocok.</source>
        <translation>No matching employees.</translation>
    </message>
    <message>
        <source>Menampilkan %1 pegawai pertama; persempit pencarian.</source>
        <translation>Showing the first %1 employees; narrow the search.</translation>
    </message>
    <message>
        <source>%1 pegawai</source>
        <translation>Employees: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n isian tidak akan menerima; lihat alasannya di tabel bawah.</source>
        <translation>
            <numerusform>%n entry will not receive it; see the reason in the table below.</numerusform>
            <numerusform>%n entries will not receive it; see the reasons in the table below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>karier::Confirm</name>
    <message>
        <source>Konfirmasi</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>karier::DropZone</name>
    <message>
        <source>Pilih dokumen</source>
        <translation>Choose Document</translation>
    </message>
    <message>
        <source>Tarik dan lepaskan file di sini, atau klik untuk memilih</source>
        <translation>Drag and drop a file here, or click to choose one</translation>
    </message>
    <message>
        <source>File terpilih: %1</source>
        <translation>Selected file: %1</translation>
    </message>
    <message>
        <source>Dokumen PDF (*.pdf);;Semua file (*)</source>
        <translation>PDF documents (*.pdf);;All files (*)</translation>
    </message>
</context>
<context>
    <name>karier::FirstRunDialog</name>
    <message>
        <source>Mulai — Karier ASN</source>
        <translation>Get Started — Karier ASN</translation>
    </message>
    <message>
        <source>Selamat datang di Karier ASN</source>
        <translation>Welcome to Karier ASN</translation>
    </message>
    <message>
        <source>Pemerintah Kota Surakarta</source>
        <translation>Surakarta City Government</translation>
    </message>
    <message>
        <source>Buat data contoh</source>
        <translation>Create sample data</translation>
    </message>
    <message>
        <source>Isi database dengan unit kerja Pemerintah Kota Surakarta, ratusan pegawai contoh, dan tiga akun demo (ASN, Pengelola Kepegawaian, Admin BKPSDM) untuk mencoba aplikasi.</source>
        <translation>Fill the database with the work units of the Surakarta City Government, hundreds of sample employees and three demo accounts (ASN, HR Officer, BKPSDM Admin) to try out the application.</translation>
    </message>
    <message>
        <source>Buat akun admin</source>
        <translation>Create an admin account</translation>
    </message>
    <message>
        <source>Mulai dengan data sebenarnya: buat akun Admin BKPSDM pertama, lalu tambahkan pegawai dan pengguna.</source>
        <translation>Start with real data: create the first BKPSDM Admin account, then add employees and users.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Database masih kosong. Pilih cara memulai:</source>
        <translation>The database is empty. Choose how to start:</translation>
    </message>
    <message>
        <source>Mohon tunggu…</source>
        <translation>Please wait…</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Kata Sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Kunci OTP</source>
        <translation>OTP Key</translation>
    </message>
    <message>
        <source>Ini data contoh untuk mencoba aplikasi, bukan data pegawai sebenarnya. Akun dengan kunci OTP memerlukan aplikasi autentikator (Google Authenticator, Microsoft Authenticator, FreeOTP…): pilih &quot;masukkan kunci penyiapan&quot;, jenis berbasis waktu, lalu ketik kuncinya. Catat data ini sebelum menutup jendela; daftar yang sama ada di README.</source>
        <translation>This is sample data for trying out the application, not real employee data. Accounts with an OTP key need an authenticator app (Google Authenticator, Microsoft Authenticator, FreeOTP…): choose &quot;enter a setup key&quot;, time-based, then type the key. Write these details down before closing the window; the same list is in the README.</translation>
    </message>
    <message>
        <source>Salin ke Papan Klip</source>
        <translation>Copy to Clipboard</translation>
    </message>
    <message>
        <source>Lanjut ke Halaman Masuk</source>
        <translation>Continue to Log In</translation>
    </message>
    <message>
        <source>Akun demo</source>
        <translation>Demo accounts</translation>
    </message>
    <message>
        <source>18 digit, contoh 19860926 201505 1 001</source>
        <translation>18 digits, e.g. 19860926 201505 1 001</translation>
    </message>
    <message>
        <source>Nama lengkap dengan gelar</source>
        <translation>Full name with academic titles</translation>
    </message>
    <message>
        <source>Minimal %1 karakter</source>
        <translation>At least %1 characters</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Ulangi Kata Sandi</source>
        <translation>Repeat Password</translation>
    </message>
    <message>
        <source>Kembali</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Buat Akun Admin</source>
        <translation>Create Admin Account</translation>
    </message>
    <message>
        <source>Akun ini berperan sebagai Admin BKPSDM: mengelola pegawai, unit kerja, dan pengguna, serta memverifikasi usulan. Saat masuk pertama kali Anda akan diminta mengaktifkan kode OTP.</source>
        <translation>This account has the BKPSDM Admin role: it manages employees, work units and users, and verifies submissions. When you first log in, you will be asked to activate OTP codes.</translation>
    </message>
    <message>
        <source>Membuat data contoh: unit kerja Pemerintah Kota Surakarta, pegawai contoh, dan tiga akun demo. Ini memerlukan beberapa detik.</source>
        <translation>Creating sample data: the work units of the Surakarta City Government, sample employees and three demo accounts. This takes a few seconds.</translation>
    </message>
    <message>
        <source>Data contoh berhasil dibuat: %1 unit kerja, %2 pegawai, dan %3 akun.</source>
        <translation>Sample data created: %1 work units, %2 employees and %3 accounts.</translation>
    </message>
    <message>
        <source>— (tanpa OTP)</source>
        <translation>— (no OTP)</translation>
    </message>
    <message>
        <source>Daftar akun demo disalin ke papan klip.</source>
        <translation>The list of demo accounts was copied to the clipboard.</translation>
    </message>
    <message>
        <source>NIP wajib diisi.</source>
        <translation>NIP is required.</translation>
    </message>
    <message>
        <source>Nama wajib diisi.</source>
        <translation>Name is required.</translation>
    </message>
    <message>
        <source>Nama terlalu pendek.</source>
        <translation>The name is too short.</translation>
    </message>
    <message>
        <source>Kata sandi wajib diisi.</source>
        <translation>Password is required.</translation>
    </message>
    <message>
        <source>Ketik kata sandi sekali lagi.</source>
        <translation>Type the password again.</translation>
    </message>
    <message>
        <source>Kata sandi tidak sama.</source>
        <translation>The passwords do not match.</translation>
    </message>
    <message>
        <source>Membuat akun…</source>
        <translation>Creating account…</translation>
    </message>
</context>
<context>
    <name>karier::FitDialog</name>
    <message>
        <source>tidak terukur</source>
        <translation>not measurable</translation>
    </message>
    <message>
        <source>Pratinjau tidak tersedia</source>
        <translation>No preview available</translation>
    </message>
    <message>
        <source>Perkecil otomatis</source>
        <translation>Shrink automatically</translation>
    </message>
    <message>
        <source>Dokumen: %1. File asli tidak diubah.</source>
        <translation>Document: %1. The original file is not changed.</translation>
    </message>
    <message>
        <source>Gunakan hasil</source>
        <translation>Use the result</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Menggambar ulang tiap halaman dan mencari ukuran terkecil yang tetap tajam…</source>
        <translation>Redrawing every page and looking for the smallest size that stays sharp…</translation>
    </message>
    <message>
        <source>Hentikan perkecil otomatis</source>
        <translation>Stop shrinking</translation>
    </message>
    <message>
        <source>Asli</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Hasil perkecil otomatis</source>
        <translation>Shrunk result</translation>
    </message>
    <message>
        <source>Perkecil otomatis tidak dapat dimulai. Coba lagi.</source>
        <translation>Shrinking could not be started. Try again.</translation>
    </message>
    <message>
        <source>Ukuran: %1
Halaman: %2
Ketajaman: %3</source>
        <translation>Size: %1
Pages: %2
Sharpness: %3</translation>
    </message>
    <message>
        <source> (%1 % dari aslinya)</source>
        <translation> (%1 % of the original)</translation>
    </message>
    <message>
        <source>Hasilnya %1, di bawah batas %2, dan tetap cukup tajam untuk diverifikasi. Bandingkan keduanya, lalu pilih &quot;Gunakan hasil&quot; atau &quot;Batal&quot;.</source>
        <translation>The result is %1, under the %2 limit, and still sharp enough to be verified. Compare both, then choose &quot;Use the result&quot; or &quot;Cancel&quot;.</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Dokumen ini tidak dapat diperkecil sampai %1 tanpa menjadi buram. Pindai ulang dokumennya dengan resolusi 150–200 dpi dalam mode hitam-putih (grayscale), lalu unggah hasil pindaian itu.</source>
        <translation>This document cannot be shrunk to %1 without becoming blurry. Scan the document again at 150–200 dpi in greyscale, then upload that scan.</translation>
    </message>
    <message>
        <source>Perkecil otomatis dibatalkan. File asli tidak diubah.</source>
        <translation>Shrinking was cancelled. The original file is not changed.</translation>
    </message>
</context>
<context>
    <name>karier::LoginDialog</name>
    <message>
        <source>Masuk — Karier ASN</source>
        <translation>Log In — Karier ASN</translation>
    </message>
    <message>
        <source>Karier ASN</source>
        <translation>Karier ASN</translation>
    </message>
    <message>
        <source>Pemerintah Kota Surakarta</source>
        <translation>Surakarta City Government</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>18 digit, contoh 19860926 201505 1 001</source>
        <translation>18 digits, e.g. 19860926 201505 1 001</translation>
    </message>
    <message>
        <source>Kata Sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Tampilkan kata sandi</source>
        <translation>Show password</translation>
    </message>
    <message>
        <source>Lupa kata sandi atau ganti ponsel? Hubungi Admin BKPSDM.</source>
        <translation>Forgot your password or changed phones? Contact the BKPSDM Admin.</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Masuk</source>
        <translation>Log In</translation>
    </message>
    <message>
        <source>Masuk ke akun Anda</source>
        <translation>Log in to your account</translation>
    </message>
    <message>
        <source>Gunakan NIP sebagai nama pengguna dan kata sandi akun Karier ASN Anda.</source>
        <translation>Use your NIP as the user name, with the password of your Karier ASN account.</translation>
    </message>
    <message>
        <source>Kode OTP</source>
        <translation>OTP Code</translation>
    </message>
    <message>
        <source>Kembali</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Verifikasi</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>Masukkan 6 digit kode dari aplikasi autentikator Anda.</source>
        <translation>Enter the 6-digit code from your authenticator app.</translation>
    </message>
    <message>
        <source>Kode berganti setiap 30 detik. Pastikan jam di ponsel dan komputer sudah tepat.</source>
        <translation>The code changes every 30 seconds. Make sure the clocks on your phone and computer are correct.</translation>
    </message>
    <message>
        <source>&lt;ol style=&quot;margin-left:-20px&quot;&gt;&lt;li&gt;Pasang aplikasi autentikator di ponsel Anda, misalnya Google Authenticator, Microsoft Authenticator, atau FreeOTP.&lt;/li&gt;&lt;li&gt;Di aplikasi itu pilih tambah akun (+), lalu pindai kode QR di bawah ini.&lt;/li&gt;&lt;li&gt;Masukkan 6 digit kode yang muncul di aplikasi, lalu klik &lt;b&gt;Aktifkan dan Masuk&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol style=&quot;margin-left:-20px&quot;&gt;&lt;li&gt;Install an authenticator app on your phone, such as Google Authenticator, Microsoft Authenticator or FreeOTP.&lt;/li&gt;&lt;li&gt;In that app, choose add account (+), then scan the QR code below.&lt;/li&gt;&lt;li&gt;Enter the 6-digit code shown in the app, then click &lt;b&gt;Activate and Log In&lt;/b&gt;.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Tidak bisa memindai? Pilih &quot;masukkan kunci penyiapan&quot; di aplikasi, jenis berbasis waktu, lalu ketik kunci ini:</source>
        <translation>Cannot scan? Choose &quot;enter a setup key&quot; in the app, time-based, then type this key:</translation>
    </message>
    <message>
        <source>Salin Kunci</source>
        <translation>Copy Key</translation>
    </message>
    <message>
        <source>Kunci penyiapan disalin.</source>
        <translation>Setup key copied.</translation>
    </message>
    <message>
        <source>Kode dari aplikasi</source>
        <translation>Code from the app</translation>
    </message>
    <message>
        <source>Kode dari aplikasi autentikator</source>
        <translation>Code from the authenticator app</translation>
    </message>
    <message>
        <source>Aktifkan dan Masuk</source>
        <translation>Activate and Log In</translation>
    </message>
    <message>
        <source>Aktifkan kode OTP</source>
        <translation>Activate OTP codes</translation>
    </message>
    <message>
        <source>Akun Anda wajib memakai kode OTP dari aplikasi autentikator. Penyiapan ini cukup dilakukan sekali.</source>
        <translation>Your account must use OTP codes from an authenticator app. You only need to set this up once.</translation>
    </message>
    <message>
        <source>Memeriksa…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Tunggu %1:%2</source>
        <translation>Wait %1:%2</translation>
    </message>
    <message>
        <source>Tunggu %1 detik</source>
        <translation>Wait %1 s</translation>
    </message>
    <message>
        <source>Database tidak dapat dibuka.</source>
        <translation>The database cannot be opened.</translation>
    </message>
    <message>
        <source>Menghubungkan ke database…</source>
        <translation>Connecting to the database…</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Masukkan NIP Anda.</source>
        <translation>Enter your NIP.</translation>
    </message>
    <message>
        <source>NIP terdiri dari 18 digit; yang Anda ketik %1 digit.</source>
        <translation>A NIP has 18 digits; you typed %1.</translation>
    </message>
    <message>
        <source>Masukkan kata sandi Anda.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>Kode OTP terdiri dari 6 digit.</source>
        <translation>The OTP code has 6 digits.</translation>
    </message>
    <message>
        <source>Masukkan 6 digit kode yang tampil di aplikasi autentikator.</source>
        <translation>Enter the 6-digit code shown in the authenticator app.</translation>
    </message>
    <message>
        <source>Kode QR tidak dapat dibuat. Ketik kunci penyiapan secara manual.</source>
        <translation>The QR code could not be created. Type the setup key by hand.</translation>
    </message>
    <message>
        <source>Gagal masuk.</source>
        <translation>Login failed.</translation>
    </message>
    <message>
        <source>Silakan coba lagi.</source>
        <translation>Please try again.</translation>
    </message>
    <message>
        <source>Pengaturan…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>Pengaturan disimpan. Mulai ulang Karier ASN untuk memakai database atau bahasa yang baru.</source>
        <translation>Settings saved. Restart Karier ASN to use the new database or language.</translation>
    </message>
</context>
<context>
    <name>karier::MainWindow</name>
    <message>
        <source>Karier ASN — %1</source>
        <translation>Karier ASN — %1</translation>
    </message>
    <message>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Riwayat Sertifikasi</source>
        <translation>Certification History</translation>
    </message>
    <message>
        <source>Riwayat Penghargaan</source>
        <translation>Award History</translation>
    </message>
    <message>
        <source>Tim Kerja</source>
        <translation>Work Teams</translation>
    </message>
    <message>
        <source>Di sini Anda akan mencatat SK tim kerja dan surat perintah penugasan beserta tautan bukti dukungnya, untuk disetujui Pengelola Kepegawaian Perangkat Daerah.</source>
        <translation>Here you will record work team decrees (SK) and assignment letters with links to their supporting evidence, for approval by the HR Officer of the Perangkat Daerah.</translation>
    </message>
    <message>
        <source>Arsip DMS</source>
        <translation>DMS Archive</translation>
    </message>
    <message>
        <source>Di sini Anda akan melihat Skor Arsip Digital serta dokumen Arsip Utama dan Arsip Kondisional yang masih perlu diunggah.</source>
        <translation>Here you will see your Digital Archive Score and the Main Archive and Conditional Archive documents that still need to be uploaded.</translation>
    </message>
    <message>
        <source>Verifikasi</source>
        <translation>Verification</translation>
    </message>
    <message>
        <source>Di sini Anda akan memeriksa usulan pegawai, lalu menyetujui, mengembalikan untuk perbaikan, atau menolaknya dengan alasan yang jelas.</source>
        <translation>Here you will review employees&apos; submissions, then approve them, return them for revision, or reject them with a clear reason.</translation>
    </message>
    <message>
        <source>Pegawai</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Di sini Anda akan mengelola data pegawai seluruh Perangkat Daerah, termasuk impor dan ekspor CSV.</source>
        <translation>Here you will manage the employee data of every Perangkat Daerah, including CSV import and export.</translation>
    </message>
    <message>
        <source>Unit Kerja</source>
        <translation>Work Unit</translation>
    </message>
    <message>
        <source>Di sini Anda akan mengelola susunan organisasi: Perangkat Daerah (Induk Satker) dan Satker di bawahnya.</source>
        <translation>Here you will manage the organisation structure: the Perangkat Daerah (parent Satker) and the Satker under them.</translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Di sini Anda akan membuat akun, menentukan peran, dan mengatur ulang kode OTP pengguna yang berganti ponsel.</source>
        <translation>Here you will create accounts, assign roles, and reset the OTP codes of users who changed phones.</translation>
    </message>
    <message>
        <source>Karier ASN</source>
        <translation>Karier ASN</translation>
    </message>
    <message>
        <source>Pemerintah Kota Surakarta</source>
        <translation>Surakarta City Government</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation>Log Out</translation>
    </message>
    <message>
        <source>Keluar dari akun ini dan kembali ke halaman Masuk</source>
        <translation>Log out of this account and return to the login window</translation>
    </message>
    <message>
        <source>MENU</source>
        <translation>MENU</translation>
    </message>
    <message>
        <source>Selamat datang, %1</source>
        <translation>Welcome, %1</translation>
    </message>
    <message>
        <source>Data Pegawai</source>
        <translation>Employee Data</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Perangkat Daerah</source>
        <translation>Perangkat Daerah</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Perangkat Daerah yang dikelola</source>
        <translation>Managed Perangkat Daerah</translation>
    </message>
    <message>
        <source>Kode OTP</source>
        <translation>OTP Code</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Tidak aktif</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Pegawai dalam cakupan</source>
        <translation>Employees in scope</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>pegawai di seluruh Perangkat Daerah Pemerintah Kota Surakarta</source>
        <translation>employees in all Perangkat Daerah of the Surakarta City Government</translation>
    </message>
    <message>
        <source>pegawai di %1</source>
        <translation>employees in %1</translation>
    </message>
    <message>
        <source>Pengembangan kompetensi %1</source>
        <translation>Competence development %1</translation>
    </message>
    <message>
        <source>Tentang versi ini</source>
        <translation>About this version</translation>
    </message>
    <message>
        <source>Karier ASN membantu Anda menjaga data pengembangan karier tetap lengkap: kursus, sertifikasi, penghargaan, tim kerja, dan arsip digital. Versi ini sudah menyediakan Riwayat Sertifikasi (Kursus dan Sertifikasi); menu lainnya sedang disiapkan.</source>
        <translation>Karier ASN helps you keep your career development data complete: courses, certifications, awards, work teams and digital archives. This version provides Certification History (Courses and Certifications); the other menus are in preparation.</translation>
    </message>
    <message>
        <source>Segera hadir</source>
        <translation>Coming soon</translation>
    </message>
    <message>
        <source>%1 belum tersedia di versi ini.</source>
        <translation>%1 is not available in this version yet.</translation>
    </message>
    <message>
        <source>%1 · NIP %2</source>
        <translation>%1 · NIP %2</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Tanpa database</source>
        <translation>No database</translation>
    </message>
    <message>
        <source>%1 / %2 JP</source>
        <translation>%1 / %2 JP</translation>
    </message>
    <message>
        <source>Target %1 JP tahun ini sudah tercapai.</source>
        <translation>This year&apos;s target of %1 JP has been reached.</translation>
    </message>
    <message>
        <source>Kurang %1 JP lagi untuk mencapai target tahunan.</source>
        <translation>%1 more JP needed to reach the yearly target.</translation>
    </message>
    <message>
        <source>%1 JP lagi masih menunggu verifikasi.</source>
        <translation>%1 more JP awaiting verification.</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Apakah anda yakin ingin keluar?</source>
        <translation>Are you sure you want to log out?</translation>
    </message>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Tentang</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Pengaturan disimpan. Bahasa dan database yang baru dipakai setelah Karier ASN dimulai ulang.</source>
        <translation>Settings saved. The new language and database are used when Karier ASN is restarted.</translation>
    </message>
    <message>
        <source>Pengaturan disimpan.</source>
        <translation>Settings saved.</translation>
    </message>
</context>
<context>
    <name>karier::MessageBanner</name>
    <message>
        <source>Kesalahan</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Peringatan</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Informasi</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Berhasil</source>
        <translation>Success</translation>
    </message>
</context>
<context>
    <name>karier::PdfPreview</name>
    <message>
        <source>dokumen</source>
        <translation>document</translation>
    </message>
    <message>
        <source>Memuat pratinjau…</source>
        <translation>Loading preview…</translation>
    </message>
    <message>
        <source>Sebelumnya</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Halaman sebelumnya (PgUp)</source>
        <translation>Previous page (PgUp)</translation>
    </message>
    <message>
        <source>Berikutnya</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Halaman berikutnya (PgDn)</source>
        <translation>Next page (PgDn)</translation>
    </message>
    <message>
        <source>Halaman %1 dari %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Perkecil (Ctrl+−)</source>
        <translation>Zoom out (Ctrl+−)</translation>
    </message>
    <message>
        <source>Perkecil</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Perbesar (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <source>Perbesar</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Perbesaran</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Sesuai lebar</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>Buka di aplikasi lain</source>
        <translation>Open in another app</translation>
    </message>
    <message>
        <source>Buka dokumen ini dengan aplikasi PDF di komputer Anda</source>
        <translation>Open this document with a PDF application on your computer</translation>
    </message>
    <message>
        <source>Belum ada dokumen</source>
        <translation>No document yet</translation>
    </message>
    <message>
        <source>Pratinjau dokumen PDF akan tampil di sini.</source>
        <translation>The PDF preview will appear here.</translation>
    </message>
    <message>
        <source>Pratinjau tidak dapat ditampilkan</source>
        <translation>The preview cannot be shown</translation>
    </message>
    <message>
        <source>Anda masih dapat mencoba membukanya dengan tombol “Buka di aplikasi lain” di atas.</source>
        <translation>You can still try to open it with the “Open in another app” button above.</translation>
    </message>
    <message>
        <source>Salinan dokumen tidak dapat disimpan di folder sementara, sehingga dokumen tidak dapat dibuka di aplikasi lain.</source>
        <translation>A copy of the document could not be saved in the temporary folder, so the document cannot be opened in another app.</translation>
    </message>
    <message>
        <source>Tidak ada aplikasi yang dapat membuka file PDF di komputer ini. Pasang aplikasi pembaca PDF lalu coba lagi.</source>
        <translation>No application on this computer can open PDF files. Install a PDF reader, then try again.</translation>
    </message>
</context>
<context>
    <name>karier::PdfRenderer</name>
    <message>
        <source>File ini kosong sehingga tidak dapat ditampilkan.</source>
        <translation>This file is empty, so it cannot be displayed.</translation>
    </message>
    <message>
        <source>File ini bukan PDF sehingga tidak dapat ditampilkan.</source>
        <translation>This file is not a PDF, so it cannot be displayed.</translation>
    </message>
    <message>
        <source>PDF ini rusak atau tidak dapat dibaca sehingga tidak dapat ditampilkan.</source>
        <translation>This PDF is damaged or unreadable, so it cannot be displayed.</translation>
    </message>
    <message>
        <source>PDF ini dilindungi kata sandi sehingga tidak dapat ditampilkan.</source>
        <translation>This PDF is password-protected, so it cannot be displayed.</translation>
    </message>
    <message>
        <source>PDF ini tidak berisi halaman.</source>
        <translation>This PDF has no pages.</translation>
    </message>
    <message>
        <source>Halaman %1 tidak ada dalam dokumen ini.</source>
        <translation>Page %1 does not exist in this document.</translation>
    </message>
    <message>
        <source>Halaman %1 rusak sehingga tidak dapat ditampilkan.</source>
        <translation>Page %1 is damaged, so it cannot be displayed.</translation>
    </message>
    <message>
        <source>Ukuran halaman %1 tidak wajar sehingga tidak dapat ditampilkan.</source>
        <translation>Page %1 has an abnormal size, so it cannot be displayed.</translation>
    </message>
    <message>
        <source>Halaman %1 terlalu rumit untuk ditampilkan dalam %2 detik.</source>
        <translation>Page %1 is too complex to display within %2 seconds.</translation>
    </message>
    <message>
        <source>Halaman %1 tidak dapat ditampilkan.</source>
        <translation>Page %1 cannot be displayed.</translation>
    </message>
    <message>
        <source>Dokumen ini tidak dapat dibuka.</source>
        <translation>This document cannot be opened.</translation>
    </message>
    <message>
        <source>PDF ini tidak dapat ditampilkan.</source>
        <translation>This PDF cannot be displayed.</translation>
    </message>
</context>
<context>
    <name>karier::PdfThumbnail</name>
    <message>
        <source>Gambar kecil dokumen</source>
        <translation>Document thumbnail</translation>
    </message>
    <message>
        <source>Memuat gambar kecil…</source>
        <translation>Loading thumbnail…</translation>
    </message>
</context>
<context>
    <name>karier::QrCodeWidget</name>
    <message>
        <source>Kode QR</source>
        <translation>QR code</translation>
    </message>
    <message>
        <source>Kode QR untuk dipindai dengan aplikasi autentikator</source>
        <translation>QR code to scan with the authenticator app</translation>
    </message>
    <message>
        <source>Kode QR belum tersedia</source>
        <translation>QR code not available yet</translation>
    </message>
</context>
<context>
    <name>karier::RecordDetailDialog</name>
    <message>
        <source>Detail Riwayat</source>
        <translation>Record Details</translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Belum ada dokumen.</source>
        <translation>No document yet.</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Riwayat tidak dapat dibuka</source>
        <translation>The record cannot be opened</translation>
    </message>
    <message>
        <source>(belum bernama)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Detail Riwayat — %1</source>
        <translation>Record Details — %1</translation>
    </message>
    <message>
        <source>Jenis Sertifikasi</source>
        <translation>Certification Type</translation>
    </message>
    <message>
        <source>Diajukan</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Diputuskan</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>%1 oleh verifikator NIP %2</source>
        <translation>%1 by the verifier with NIP %2</translation>
    </message>
    <message>
        <source>Terakhir diubah</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <source>Perlu perbaikan: %1</source>
        <translation>Needs revision: %1</translation>
    </message>
    <message>
        <source>verifikator tidak memberi catatan.</source>
        <translation>the verifier left no note.</translation>
    </message>
    <message>
        <source>Ditolak: %1</source>
        <translation>Rejected: %1</translation>
    </message>
    <message>
        <source>verifikator tidak memberi alasan.</source>
        <translation>the verifier gave no reason.</translation>
    </message>
    <message>
        <source>Riwayat ini sudah disetujui.</source>
        <translation>This record has been approved.</translation>
    </message>
    <message>
        <source>Disetujui dengan catatan: %1</source>
        <translation>Approved with a note: %1</translation>
    </message>
    <message>
        <source>Menunggu verifikasi Admin BKPSDM.</source>
        <translation>Awaiting verification by the BKPSDM Admin.</translation>
    </message>
    <message>
        <source>Draf ini belum dikirim. Klik Ubah untuk melengkapinya.</source>
        <translation>This draft has not been submitted yet. Click Edit to complete it.</translation>
    </message>
</context>
<context>
    <name>karier::RecordListModel</name>
    <message>
        <source>(belum bernama)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>%1 JP</source>
        <translation>%1 JP</translation>
    </message>
    <message>
        <source>Diajukan %1</source>
        <translation>Submitted %1</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Durasi/JP</source>
        <translation>Duration/JP</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <source>Mei</source>
        <translation>May</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <source>Agu</source>
        <translation>Aug</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <source>Okt</source>
        <translation>Oct</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <source>Des</source>
        <translation>Dec</translation>
    </message>
</context>
<context>
    <name>karier::RecordWizard</name>
    <message>
        <source>Maksimum ukuran file adalah %1</source>
        <translation>Maximum file size is %1</translation>
    </message>
    <message>
        <source>Paling banyak %1 halaman</source>
        <translation>At most %1 pages</translation>
    </message>
    <message>
        <source>Lengkapi data, unggah dokumen, lalu periksa ringkasannya sebelum dikirim untuk diverifikasi Admin BKPSDM.</source>
        <translation>Complete the data, upload the document, then check the summary before submitting it for verification by the BKPSDM Admin.</translation>
    </message>
    <message>
        <source>Masukan Data</source>
        <translation>Enter Data</translation>
    </message>
    <message>
        <source>Unggah Dokumen</source>
        <translation>Upload Document</translation>
    </message>
    <message>
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Bulan sebelumnya</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <source>Bulan berikutnya</source>
        <translation>Next month</translation>
    </message>
    <message>
        <source>Ketik untuk mencari, atau tulis nama lain</source>
        <translation>Type to search, or enter another name</translation>
    </message>
    <message>
        <source>Ketik untuk mencari dalam daftar</source>
        <translation>Type to search the list</translation>
    </message>
    <message>
        <source>— Pilih —</source>
        <translation>— Select —</translation>
    </message>
    <message>
        <source>Kosongkan</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Kosongkan tanggal</source>
        <translation>Clear the date</translation>
    </message>
    <message>
        <source>Isi sesuai sertifikat. Kolom bertanda &lt;span style=&quot;color:#c62828;&quot;&gt;*&lt;/span&gt; wajib diisi.</source>
        <translation>Fill in as shown on the certificate. Fields marked &lt;span style=&quot;color:#c62828;&quot;&gt;*&lt;/span&gt; are required.</translation>
    </message>
    <message>
        <source>Jenis Sertifikasi</source>
        <translation>Certification Type</translation>
    </message>
    <message>
        <source>Memeriksa dokumen…</source>
        <translation>Checking document…</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Hentikan pemeriksaan dokumen</source>
        <translation>Stop checking the document</translation>
    </message>
    <message>
        <source>Persyaratan dokumen</source>
        <translation>Document requirements</translation>
    </message>
    <message>
        <source>File dengan tanda * tidak boleh kosong</source>
        <translation>Files marked * are required</translation>
    </message>
    <message>
        <source>Sajikan upload dalam format PDF untuk dokumen sertifikat</source>
        <translation>Upload the certificate document as a PDF</translation>
    </message>
    <message>
        <source>File harus jelas dan tidak blur</source>
        <translation>The file must be clear, not blurred</translation>
    </message>
    <message>
        <source>Anda dapat mendownload file jika tampilan pada preview kurang jelas</source>
        <translation>You can download the file if the preview is not clear enough</translation>
    </message>
    <message>
        <source>Pratinjau dokumen</source>
        <translation>Document preview</translation>
    </message>
    <message>
        <source>Pratinjau dokumen tampil di sini setelah file PDF dipilih.</source>
        <translation>The document preview appears here once a PDF file is chosen.</translation>
    </message>
    <message>
        <source>Teliti kembali data dan dokumen berikut. Bila sudah benar, centang pernyataan di bawah lalu klik Kirim.</source>
        <translation>Check the data and document below once more. If they are correct, tick the statement below, then click Submit.</translation>
    </message>
    <message>
        <source>Saya menyatakan bahwa data yang saya input benar</source>
        <translation>I declare that the data I entered is correct</translation>
    </message>
    <message>
        <source>Catatan: data yang dikirim akan diverifikasi dan disetujui oleh Admin BKPSDM; lama prosesnya dapat berbeda-beda. Standar maksimum pengembangan kompetensi dalam satu hari adalah 8 jam pelajaran.</source>
        <translation>Note: submitted data is verified and approved by the BKPSDM Admin; processing times may vary. The standard maximum of competence development in one day is 8 lesson hours (JP).</translation>
    </message>
    <message>
        <source>Simpan Draf</source>
        <translation>Save Draft</translation>
    </message>
    <message>
        <source>Simpan isian sementara; Anda dapat melanjutkannya nanti</source>
        <translation>Save your entries for now; you can continue later</translation>
    </message>
    <message>
        <source>‹ Kembali</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <source>Selanjutnya ›</source>
        <translation>Next ›</translation>
    </message>
    <message>
        <source>Kirim</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Centang pernyataan di atas untuk dapat mengirim</source>
        <translation>Tick the statement above to be able to submit</translation>
    </message>
    <message>
        <source>Isian belum dapat dicocokkan dengan riwayat Anda yang lain: %1</source>
        <translation>Your entries could not be checked against your other records yet: %1</translation>
    </message>
    <message>
        <source>Memeriksa isian…</source>
        <translation>Checking entries…</translation>
    </message>
    <message>
        <source>Masih ada isian yang perlu diperbaiki. Lihat pesan berwarna merah di bawah kolomnya.</source>
        <translation>Some entries still need correcting. See the red messages below the fields.</translation>
    </message>
    <message>
        <source>Apakah anda yakin?</source>
        <translation>Are you sure?</translation>
    </message>
    <message>
        <source>Tunggu sampai pemeriksaan dokumen selesai.</source>
        <translation>Wait until the document check has finished.</translation>
    </message>
    <message>
        <source>%1 wajib diunggah (PDF).</source>
        <translation>%1 must be uploaded (PDF).</translation>
    </message>
    <message>
        <source>Menyimpan draf…</source>
        <translation>Saving draft…</translation>
    </message>
    <message>
        <source>Draf tersimpan pukul %1. Anda dapat melanjutkannya nanti dari halaman Riwayat Sertifikasi.</source>
        <translation>Draft saved at %1. You can continue it later from the Certification History page.</translation>
    </message>
    <message>
        <source>Mengirim…</source>
        <translation>Submitting…</translation>
    </message>
    <message>
        <source>Berhasil</source>
        <translation>Success</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; berhasil dikirim dan menunggu verifikasi Admin BKPSDM. Statusnya dapat Anda pantau di halaman Riwayat Sertifikasi.</source>
        <translation>%1 &quot;%2&quot; was submitted and is awaiting verification by the BKPSDM Admin. You can follow its status on the Certification History page.</translation>
    </message>
    <message>
        <source>Tunggu sebentar, masih %1</source>
        <translation>Please wait, still %1</translation>
    </message>
    <message>
        <source>Apakah anda yakin? Data yang belum disimpan akan hilang.</source>
        <translation>Are you sure? Unsaved data will be lost.</translation>
    </message>
    <message>
        <source>Pemeriksaan dokumen tidak dapat dimulai. Coba lagi.</source>
        <translation>The document check could not be started. Try again.</translation>
    </message>
    <message>
        <source>Membaca dokumen…</source>
        <translation>Reading document…</translation>
    </message>
    <message>
        <source>File tidak dapat dibaca: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <source>File berubah saat diperiksa. Pilih file itu sekali lagi.</source>
        <translation>The file changed while it was being checked. Choose it once more.</translation>
    </message>
    <message>
        <source>Dokumen tampak buram, sehingga tulisannya mungkin sulit dibaca verifikator. Sebaiknya pindai ulang dengan lebih jelas (150–300 dpi). Anda tetap dapat melanjutkan.</source>
        <translation>The document looks blurred, so the verifier may find the text hard to read. Better scan it again more sharply (150–300 dpi). You can still continue.</translation>
    </message>
    <message>
        <source>Halaman pertama dokumen tampak kosong. Pastikan file yang dipilih sudah benar. Anda tetap dapat melanjutkan.</source>
        <translation>The first page of the document looks blank. Make sure you chose the right file. You can still continue.</translation>
    </message>
    <message>
        <source>Ukuran %1 · %2 halaman</source>
        <translation>Size %1 · pages: %2</translation>
    </message>
    <message>
        <source>Belum ada dokumen.</source>
        <translation>No document yet.</translation>
    </message>
    <message>
        <source>Memuat riwayat…</source>
        <translation>Loading records…</translation>
    </message>
    <message>
        <source>Riwayat ini bukan %1.</source>
        <translation>This record is not of the type %1.</translation>
    </message>
    <message>
        <source>verifikator</source>
        <translation>the verifier</translation>
    </message>
    <message>
        <source>verifikator (NIP %1)</source>
        <translation>the verifier (NIP %1)</translation>
    </message>
    <message>
        <source> pada %1 pukul %2 oleh %3</source>
        <translation> on %1 at %2 by %3</translation>
    </message>
    <message>
        <source>(tanpa catatan)</source>
        <translation>(no note)</translation>
    </message>
    <message>
        <source>Perbaiki isian atau dokumen sesuai catatan verifikator, lalu kirim kembali.</source>
        <translation>Correct the entries or the document as the verifier&apos;s note asks, then submit again.</translation>
    </message>
    <message>
        <source>Dikembalikan untuk perbaikan%1.
Catatan: %2</source>
        <translation>Returned for revision%1.
Note: %2</translation>
    </message>
    <message>
        <source>Melanjutkan draf yang tersimpan. Lengkapi data dan dokumen, lalu kirim.</source>
        <translation>Continuing a saved draft. Complete the data and document, then submit.</translation>
    </message>
    <message>
        <source>Catatan verifikator sebelumnya%1:
%2</source>
        <translation>The verifier&apos;s earlier note%1:
%2</translation>
    </message>
    <message>
        <source>Ditolak%1.
Alasan: %2</source>
        <translation>Rejected%1.
Reason: %2</translation>
    </message>
    <message>
        <source>Riwayat ini berstatus %1 dan tidak dapat diubah lagi.</source>
        <translation>This record has the status %1 and can no longer be changed.</translation>
    </message>
    <message>
        <source>Centang pernyataan &quot;Saya menyatakan bahwa data yang saya input benar&quot; untuk dapat mengirim</source>
        <translation>Tick the statement &quot;I declare that the data I entered is correct&quot; to be able to submit</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Entri Massal — %1</source>
        <translation>Batch Entry — %1</translation>
    </message>
    <message>
        <source>Satu SK atau satu kegiatan untuk banyak pegawai: isi datanya, pilih penerimanya, unggah dokumennya sekali, lalu periksa ringkasannya. Riwayat langsung berstatus Disetujui.</source>
        <translation>One decree or one event for many employees: fill in its data, choose the recipients, upload its document once, then check the summary. The records are approved at once.</translation>
    </message>
    <message>
        <source>Pilih Pegawai</source>
        <translation>Choose Employees</translation>
    </message>
    <message>
        <source>Saya menyatakan bahwa data SK dan daftar penerimanya benar</source>
        <translation>I declare that the decree data and its list of recipients are correct</translation>
    </message>
    <message>
        <source>Catatan: riwayat yang dimasukkan massal oleh Admin BKPSDM langsung berstatus Disetujui. Dokumen disimpan satu kali untuk semua penerima, dan setiap pegawai tercatat di log audit.</source>
        <translation>Note: records entered in batch by the BKPSDM Admin are approved at once. The document is stored once for all recipients, and every employee is recorded in the audit log.</translation>
    </message>
    <message>
        <source>Tambahkan paling sedikit satu pegawai: centang dari daftar, tempel NIP, atau muat file CSV.</source>
        <translation>Add at least one employee: tick them in the list, paste NIPs, or load a CSV file.</translation>
    </message>
    <message numerus="yes">
        <source>Mencocokkan %n NIP dengan data pegawai…</source>
        <translation>
            <numerusform>Matching %n NIP against the employee data…</numerusform>
            <numerusform>Matching %n NIPs against the employee data…</numerusform>
        </translation>
    </message>
    <message>
        <source>Tidak ada NIP dalam daftar yang dapat menerima %1. Lihat alasannya di tabel bawah.</source>
        <translation>No NIP in the list can receive the %1. See the reasons in the table below.</translation>
    </message>
    <message>
        <source>%1

Apakah anda yakin?</source>
        <translation>%1

Are you sure?</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n isian tidak akan menerima (alasannya ada di tabel).

Apakah anda yakin?</source>
        <translation>
            <numerusform>%1
%n entry will not receive it (the reason is in the table).

Are you sure?</numerusform>
            <numerusform>%1
%n entries will not receive it (the reasons are in the table).

Are you sure?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Riwayat ini langsung berstatus Disetujui.

Apakah anda yakin?</source>
        <translation>%1 These records are approved at once.

Are you sure?</translation>
    </message>
    <message numerus="yes">
        <source>Menyimpan %n riwayat…</source>
        <translation>
            <numerusform>Saving %n record…</numerusform>
            <numerusform>Saving %n records…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n riwayat %1 tersimpan dengan status Disetujui, satu dokumen untuk semuanya.</source>
        <translation>
            <numerusform>%n %1 record saved as Approved, with one document for all.</numerusform>
            <numerusform>%n %1 records saved as Approved, with one document for all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %n isian dari daftar tidak akan menerima.</source>
        <translation>
            <numerusform>%1 %n entry of the list will not receive it.</numerusform>
            <numerusform>%1 %n entries of the list will not receive it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Perkecil otomatis</source>
        <translation>Shrink automatically</translation>
    </message>
    <message>
        <source>Buat PDF baru di bawah %1 yang tetap tajam; file asli tidak diubah.</source>
        <translation>Make a new PDF under %1 that stays sharp; the original file is not changed.</translation>
    </message>
    <message>
        <source>Jadikan PDF</source>
        <translation>Make a PDF</translation>
    </message>
    <message>
        <source>Jadikan foto ini PDF satu halaman A4; file asli tidak diubah.</source>
        <translation>Turn this photo into a one-page A4 PDF; the original file is not changed.</translation>
    </message>
    <message>
        <source>Hasil perkecil otomatis tidak dapat disimpan sementara. Coba lagi.</source>
        <translation>The shrunk result could not be saved temporarily. Try again.</translation>
    </message>
</context>
<context>
    <name>karier::RiwayatPage</name>
    <message>
        <source>Riwayat Sertifikasi</source>
        <translation>Certification History</translation>
    </message>
    <message>
        <source>Kursus dan sertifikat kompetensi Anda beserta status verifikasinya.</source>
        <translation>Your courses and competence certificates with their verification status.</translation>
    </message>
    <message>
        <source>Tambah %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Semua jenis</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Cari nama, nomor, atau catatan…</source>
        <translation>Search name, number or note…</translation>
    </message>
    <message>
        <source>Lihat</source>
        <translation>View</translation>
    </message>
    <message>
        <source>Ubah</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Hanya riwayat berstatus Draf atau Perlu Perbaikan yang dapat diubah</source>
        <translation>Only records with the status Draft or Needs Revision can be edited</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Hanya riwayat berstatus Draf atau Perlu Perbaikan yang dapat dihapus</source>
        <translation>Only records with the status Draft or Needs Revision can be deleted</translation>
    </message>
    <message>
        <source>Daftar riwayat</source>
        <translation>Record list</translation>
    </message>
    <message>
        <source>JP tahun %1: memuat…</source>
        <translation>JP in %1: loading…</translation>
    </message>
    <message>
        <source>Memuat riwayat…</source>
        <translation>Loading records…</translation>
    </message>
    <message>
        <source>JP tahun %1: %2 disetujui + %3 menunggu dari target %4 JP</source>
        <translation>JP in %1: %2 approved + %3 pending of the %4 JP target</translation>
    </message>
    <message>
        <source>Target JP tahun ini sudah tercapai. Terima kasih telah terus mengembangkan kompetensi.</source>
        <translation>This year&apos;s JP target has been reached. Thank you for continuing to develop your competence.</translation>
    </message>
    <message>
        <source>Masih kurang %1 JP dari target; %2 JP sedang menunggu verifikasi. 1 JP = 45 menit.</source>
        <translation>%1 JP short of the target; %2 JP awaiting verification. 1 JP = 45 minutes.</translation>
    </message>
    <message>
        <source>Kurang %1 JP lagi untuk mencapai target tahun ini. 1 JP = 45 menit.</source>
        <translation>%1 more JP needed to reach this year&apos;s target. 1 JP = 45 minutes.</translation>
    </message>
    <message>
        <source>JP tahun %1 belum dapat dihitung</source>
        <translation>JP for %1 cannot be calculated yet</translation>
    </message>
    <message>
        <source>Tarik</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Tarik (hapus) riwayat yang dikembalikan untuk perbaikan</source>
        <translation>Withdraw (delete) a record returned for revision</translation>
    </message>
    <message>
        <source>%1 riwayat</source>
        <translation>Records: %1</translation>
    </message>
    <message>
        <source>%1 dari %2 riwayat ditampilkan</source>
        <translation>Showing %1 of %2 records</translation>
    </message>
    <message>
        <source>Tidak ada riwayat yang cocok dengan pilihan jenis atau pencarian Anda.</source>
        <translation>No records match the chosen type or your search.</translation>
    </message>
    <message>
        <source>Belum ada riwayat.</source>
        <translation>No records yet.</translation>
    </message>
    <message>
        <source>Belum ada riwayat. Klik Tambah Kursus untuk mencatat pelatihan pertama Anda.</source>
        <translation>No records yet. Click Add Course to record your first training.</translation>
    </message>
    <message>
        <source>Belum ada riwayat. Klik Tambah %1 untuk mencatat riwayat pertama Anda.</source>
        <translation>No records yet. Click Add %1 to record your first one.</translation>
    </message>
    <message>
        <source>(belum bernama)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Apakah anda yakin ingin menarik riwayat &quot;%1&quot;? Riwayat ini akan dihapus dan tidak diverifikasi.</source>
        <translation>Are you sure you want to withdraw the record &quot;%1&quot;? It will be deleted and not verified.</translation>
    </message>
    <message>
        <source>Apakah anda yakin ingin menghapus draf &quot;%1&quot;? Draf yang dihapus tidak dapat dikembalikan.</source>
        <translation>Are you sure you want to delete the draft &quot;%1&quot;? A deleted draft cannot be restored.</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Riwayat &quot;%1&quot; telah dihapus.</source>
        <translation>The record &quot;%1&quot; has been deleted.</translation>
    </message>
    <message>
        <source>Riwayat Penghargaan</source>
        <translation>Award History</translation>
    </message>
    <message>
        <source>Penghargaan Anda beserta status verifikasinya.</source>
        <translation>Your awards and their verification status.</translation>
    </message>
    <message>
        <source>Entri Massal %1…</source>
        <translation>Batch Entry: %1…</translation>
    </message>
    <message>
        <source>Satu SK atau satu kegiatan untuk banyak pegawai sekaligus; langsung Disetujui.</source>
        <translation>One decree or one event for many employees at once; approved at once.</translation>
    </message>
    <message numerus="yes">
        <source>Berhasil: %n riwayat dimasukkan massal dengan status Disetujui.</source>
        <translation>
            <numerusform>Done: %n record entered in batch as Approved.</numerusform>
            <numerusform>Done: %n records entered in batch as Approved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>karier::SettingsDialog</name>
    <message>
        <source>Pengaturan — Karier ASN</source>
        <translation>Settings — Karier ASN</translation>
    </message>
    <message>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Database, bahasa, dan batas unggahan Karier ASN</source>
        <translation>Database, language and upload limits of Karier ASN</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>SQLite — berkas di komputer ini</source>
        <translation>SQLite — a file on this computer</translation>
    </message>
    <message>
        <source>PostgreSQL — server bersama</source>
        <translation>PostgreSQL — shared server</translation>
    </message>
    <message>
        <source>/jalur/ke/karier-asn.sqlite</source>
        <translation>/path/to/karier-asn.sqlite</translation>
    </message>
    <message>
        <source>Pilih…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <source>mis. 10.0.0.5 atau db.bkpsdm.local</source>
        <translation>e.g. 10.0.0.5 or db.bkpsdm.local</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Nama database</source>
        <translation>Database name</translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Uji koneksi</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Sedang dipakai: %1</source>
        <translation>In use: %1</translation>
    </message>
    <message>
        <source>Perubahan database berlaku setelah Karier ASN dimulai ulang.</source>
        <translation>A change of database takes effect when Karier ASN is restarted.</translation>
    </message>
    <message>
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Bahasa yang dipilih dipakai setelah Karier ASN dimulai ulang.</source>
        <translation>The chosen language is used when Karier ASN is restarted.</translation>
    </message>
    <message>
        <source>Batas bersama untuk semua komputer (Admin BKPSDM)</source>
        <translation>Limits shared by all computers (Admin BKPSDM)</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source> JP</source>
        <translation> JP</translation>
    </message>
    <message>
        <source>Bawaan (%1)</source>
        <translation>Default (%1)</translation>
    </message>
    <message>
        <source>Ukuran PDF maksimum</source>
        <translation>Maximum PDF size</translation>
    </message>
    <message>
        <source>Batas JP per hari</source>
        <translation>JP limit per day</translation>
    </message>
    <message>
        <source>Ambang ketajaman pindaian</source>
        <translation>Scan sharpness threshold</translation>
    </message>
    <message>
        <source>Disimpan di database dan berlaku segera di semua komputer. Pindaian yang ketajamannya di bawah ambang diberi peringatan buram.</source>
        <translation>Stored in the database and effective at once on every computer. Scans whose sharpness is below the threshold get a blur warning.</translation>
    </message>
    <message>
        <source>Pilih berkas database</source>
        <translation>Choose the database file</translation>
    </message>
    <message>
        <source>Database SQLite (*.sqlite *.db);;Semua berkas (*)</source>
        <translation>SQLite database (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Menguji koneksi…</source>
        <translation>Testing the connection…</translation>
    </message>
</context>
<context>
    <name>karier::StepIndicator</name>
    <message>
        <source>, selesai</source>
        <translation>, done</translation>
    </message>
    <message>
        <source>, langkah sekarang</source>
        <translation>, current step</translation>
    </message>
</context>
<context>
    <name>karier::TimKerjaListModel</name>
    <message>
        <source>Pilih</source>
        <translation>Select</translation>
    </message>
    <message>
        <source>%1
Kode Kegiatan: %2</source>
        <translation>%1
Activity code: %2</translation>
    </message>
    <message>
        <source>Muat data ini ke Form Tim Kerja untuk diubah</source>
        <translation>Load this entry into the Work Team form to change it</translation>
    </message>
    <message>
        <source>Muat data ini ke Form Tim Kerja untuk dilihat</source>
        <translation>Load this entry into the Work Team form to view it</translation>
    </message>
    <message>
        <source>Pilih %1</source>
        <translation>Select %1</translation>
    </message>
    <message>
        <source>Tanggal SK</source>
        <translation>Decree date</translation>
    </message>
    <message>
        <source>Ket SK</source>
        <translation>Decree status</translation>
    </message>
    <message>
        <source>Nama Tim Kerja</source>
        <translation>Work team name</translation>
    </message>
    <message>
        <source>Ruang Lingkup</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Kedudukan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Klik untuk mengurutkan</source>
        <translation>Click to sort</translation>
    </message>
</context>
<context>
    <name>karier::TimKerjaPage</name>
    <message>
        <source>Tim Kerja</source>
        <translation>Work Teams</translation>
    </message>
    <message>
        <source>Catat SK Tim Kerja atau Surat Perintah Penugasan Anda beserta tautan bukti dukungnya. Data yang disimpan diajukan ke Pengelola Kepegawaian Perangkat Daerah Anda dengan status Belum Disetujui.</source>
        <translation>Record your work team decrees (SK) or assignment letters with the link to their supporting evidence. Saved entries are submitted to the HR Officer of your Perangkat Daerah with the status Not Yet Approved.</translation>
    </message>
    <message>
        <source>Form Tim Kerja</source>
        <translation>Work Team form</translation>
    </message>
    <message>
        <source>Tekan F2</source>
        <translation>Press F2</translation>
    </message>
    <message>
        <source>Buat Kode Baru (F2)</source>
        <translation>Create New Code (F2)</translation>
    </message>
    <message>
        <source>[F2]: Buat Kode Baru</source>
        <translation>[F2]: Create New Code</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Simpan dan ajukan ke Pengelola Kepegawaian</source>
        <translation>Save and submit to the HR Officer</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Kosongkan form untuk data baru</source>
        <translation>Empty the form for a new entry</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>%1 (diperiksa %2)</source>
        <translation>%1 (checked %2)</translation>
    </message>
    <message>
        <source>Data Tim Kerja &quot;%1&quot; sudah Disetujui sehingga tidak dapat diubah atau dihapus lagi.</source>
        <translation>The work team entry &quot;%1&quot; is Approved and can no longer be changed or deleted.</translation>
    </message>
    <message>
        <source>Data Tim Kerja &quot;%1&quot; ditolak verifikator: %2. Data ini tidak dapat diubah; Anda dapat menghapusnya.</source>
        <translation>The verifier rejected the work team entry &quot;%1&quot;: %2. It cannot be changed; you may delete it.</translation>
    </message>
    <message>
        <source>tanpa catatan</source>
        <translation>no note</translation>
    </message>
    <message>
        <source>Batal Disetujui — catatan verifikator: %1. Perbaiki data di bawah ini, lalu klik Simpan untuk mengajukannya kembali.</source>
        <translation>Approval Cancelled — the verifier&apos;s note: %1. Correct the entry below, then click Save to submit it again.</translation>
    </message>
    <message>
        <source>Data &quot;%1&quot; dimuat ke Form Tim Kerja. Ubah seperlunya lalu klik Simpan.</source>
        <translation>&quot;%1&quot; is loaded into the Work Team form. Change what is needed, then click Save.</translation>
    </message>
    <message>
        <source>Form Tim Kerja — lihat data %1</source>
        <translation>Work Team form — viewing %1</translation>
    </message>
    <message>
        <source>Form Tim Kerja — ubah data %1</source>
        <translation>Work Team form — changing %1</translation>
    </message>
    <message>
        <source>Form Tim Kerja — data baru</source>
        <translation>Work Team form — new entry</translation>
    </message>
    <message>
        <source>Kode Kegiatan data yang sudah tersimpan tetap; tidak dapat diganti.</source>
        <translation>The activity code of a saved entry stays the same; it cannot be replaced.</translation>
    </message>
    <message>
        <source>Data yang sudah Disetujui tidak dapat dihapus</source>
        <translation>Approved entries cannot be deleted</translation>
    </message>
    <message>
        <source>Hapus data Tim Kerja yang sedang dibuka</source>
        <translation>Delete the work team entry in the form</translation>
    </message>
    <message>
        <source>Data yang sudah Disetujui tidak dapat diubah</source>
        <translation>Approved entries cannot be changed</translation>
    </message>
    <message>
        <source>Data belum dapat disimpan. Periksa isian yang ditandai merah.</source>
        <translation>The entry cannot be saved yet. Check the fields marked in red.</translation>
    </message>
    <message>
        <source>Kode Kegiatan data yang sudah tersimpan tidak dapat diganti. Klik Batal untuk mengisi data baru.</source>
        <translation>The activity code of a saved entry cannot be replaced. Click Cancel to enter a new entry.</translation>
    </message>
    <message>
        <source>Memeriksa tautan…</source>
        <translation>Checking the link…</translation>
    </message>
    <message>
        <source>Menunggu hasil pemeriksaan tautan sebelum menyimpan…</source>
        <translation>Waiting for the link check before saving…</translation>
    </message>
    <message>
        <source>%1

Data tetap dapat disimpan, tetapi verifikator mungkin tidak dapat membuka bukti dukung Anda. Tautan akan diperiksa ulang saat verifikator membuka data ini.

Tetap simpan?</source>
        <translation>%1

The entry can still be saved, but the verifier may not be able to open your supporting evidence. The link is checked again when the verifier opens this entry.

Save anyway?</translation>
    </message>
    <message>
        <source>Tetap Simpan</source>
        <translation>Save Anyway</translation>
    </message>
    <message>
        <source>Tautan Bukti Dukung</source>
        <translation>Evidence Link</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Data Tim Kerja &quot;%1&quot; disimpan dan diajukan ke Pengelola Kepegawaian dengan status Belum Disetujui.</source>
        <translation>The work team entry &quot;%1&quot; is saved and submitted to the HR Officer with the status Not Yet Approved.</translation>
    </message>
    <message>
        <source>Perubahan data Tim Kerja &quot;%1&quot; disimpan dan diajukan kembali dengan status Belum Disetujui.</source>
        <translation>The changes to the work team entry &quot;%1&quot; are saved and submitted again with the status Not Yet Approved.</translation>
    </message>
    <message>
        <source>Apakah anda yakin ingin menghapus data Tim Kerja &quot;%1&quot; (Kode Kegiatan %2)?</source>
        <translation>Are you sure you want to delete the work team entry &quot;%1&quot; (activity code %2)?</translation>
    </message>
    <message>
        <source>Data Tim Kerja &quot;%1&quot; dihapus.</source>
        <translation>The work team entry &quot;%1&quot; is deleted.</translation>
    </message>
    <message>
        <source>Daftar Tim Kerja</source>
        <translation>Work Team List</translation>
    </message>
    <message>
        <source>Jumlah entri per halaman</source>
        <translation>Entries per page</translation>
    </message>
    <message>
        <source>Cari di semua kolom</source>
        <translation>Search all columns</translation>
    </message>
    <message>
        <source>Cari</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Tampilkan</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>entri</source>
        <translation>entries</translation>
    </message>
    <message>
        <source>Cari:</source>
        <translation>Search:</translation>
    </message>
    <message>
        <source>Sebelumnya</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Berikutnya</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Menampilkan 0 sampai 0 dari 0 entri — belum ada data Tim Kerja. Isi Form Tim Kerja di atas, lalu klik Simpan.</source>
        <translation>Showing 0 to 0 of 0 entries — no work team entries yet. Fill in the Work Team form above, then click Save.</translation>
    </message>
    <message>
        <source>Menampilkan 0 sampai 0 dari 0 entri — tidak ada yang cocok dengan &quot;%1&quot;.</source>
        <translation>Showing 0 to 0 of 0 entries — nothing matches &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Menampilkan %1 sampai %2 dari %3 entri</source>
        <translation>Showing %1 to %2 of %3 entries</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Karier ASN — pemutakhiran data karier ASN Pemerintah Kota Surakarta.</source>
        <translation>Karier ASN — career data updates for the ASN of the Surakarta City Government.</translation>
    </message>
    <message>
        <source>Tampilkan bantuan ini lalu keluar.</source>
        <translation>Show this help, then exit.</translation>
    </message>
    <message>
        <source>Tampilkan versi program lalu keluar.</source>
        <translation>Show the program version, then exit.</translation>
    </message>
    <message>
        <source>Database yang dipakai: sqlite:BERKAS atau postgresql://pengguna@host:port/nama. Tanpa opsi ini dipakai KARIER_DATABASE, lalu pengaturan, lalu berkas SQLite bawaan.</source>
        <translation>The database to use: sqlite:FILE or postgresql://user@host:port/name. Without this option, KARIER_DATABASE is used, then the settings, then the default SQLite file.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Gunakan --help untuk melihat opsi yang tersedia.</source>
        <translation>Use --help to see the available options.</translation>
    </message>
    <message>
        <source>Akun admin berhasil dibuat. Silakan masuk.</source>
        <translation>The admin account was created. Please log in.</translation>
    </message>
    <message>
        <source>Data contoh siap. Masuk dengan salah satu akun demo.</source>
        <translation>The sample data is ready. Log in with one of the demo accounts.</translation>
    </message>
</context>
</TS>
