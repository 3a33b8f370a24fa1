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
    <name>karier::AccessPolicy</name>
    <message>
        <source>mengubah data ini</source>
        <translation>change this data</translation>
    </message>
    <message>
        <source>melihat data pegawai lain</source>
        <translation>view other employees&apos; data</translation>
    </message>
    <message>
        <source>memverifikasi Tim Kerja</source>
        <translation>verify work team entries</translation>
    </message>
    <message>
        <source>memverifikasi riwayat dan dokumen</source>
        <translation>verify records and documents</translation>
    </message>
    <message>
        <source>mengelola akun pengguna</source>
        <translation>manage user accounts</translation>
    </message>
    <message>
        <source>mengelola data pegawai</source>
        <translation>manage employee data</translation>
    </message>
    <message>
        <source>mengelola unit kerja</source>
        <translation>manage work units</translation>
    </message>
    <message>
        <source>mengubah pengaturan bersama</source>
        <translation>change the shared settings</translation>
    </message>
    <message>
        <source>memasukkan data kolektif</source>
        <translation>enter collective data</translation>
    </message>
    <message>
        <source>Anda tidak berhak %1 (peran: %2).</source>
        <translation>You are not allowed to %1 (role: %2).</translation>
    </message>
    <message>
        <source>Pegawai ini berada di luar Perangkat Daerah yang Anda kelola.</source>
        <translation>This employee is outside the regional agency you manage.</translation>
    </message>
</context>
<context>
    <name>karier::AccountAdmin</name>
    <message>
        <source>Akun Anda sendiri tidak dapat diubah di sini. Kata sandi Anda sendiri diganti lewat Ganti kata sandi.</source>
        <translation>Your own account cannot be changed here. Change your own password with Change password.</translation>
    </message>
    <message>
        <source>Akun dengan NIP %1 tidak ditemukan.</source>
        <translation>No account with NIP %1 was found.</translation>
    </message>
    <message>
        <source>%1 adalah Admin BKPSDM aktif terakhir: perannya tidak dapat diturunkan dan akunnya tidak dapat dinonaktifkan. Jadikan pegawai lain Admin BKPSDM lebih dahulu.</source>
        <translation>%1 is the last active BKPSDM Admin: their role cannot be lowered and their account cannot be deactivated. Make another employee a BKPSDM Admin first.</translation>
    </message>
    <message>
        <source>Pengelola Kepegawaian harus diberi Perangkat Daerah yang dikelola.</source>
        <translation>An HR Officer must be given the regional agency they manage.</translation>
    </message>
    <message>
        <source>Unit yang dikelola harus sebuah Perangkat Daerah (Induk Satker).</source>
        <translation>The managed unit must be a regional agency (parent work unit).</translation>
    </message>
</context>
<context>
    <name>karier::AccountDialog</name>
    <message>
        <source>Tambah akun</source>
        <translation>Add account</translation>
    </message>
    <message>
        <source>Akun untuk pegawai yang sudah terdaftar</source>
        <translation>An account for an employee who is already registered</translation>
    </message>
    <message>
        <source>Ubah peran</source>
        <translation>Change role</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Atur ulang kata sandi</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Perangkat Daerah yang dikelola</source>
        <translation>Regional agency managed</translation>
    </message>
    <message>
        <source>Perangkat Daerah</source>
        <translation>Regional agency</translation>
    </message>
    <message>
        <source>Kata sandi sementara</source>
        <translation>Temporary password</translation>
    </message>
    <message>
        <source>Buat otomatis</source>
        <translation>Generate</translation>
    </message>
    <message>
        <source>Sampaikan kata sandi ini kepada pemilik akun. Ia wajib menggantinya saat masuk berikutnya.</source>
        <translation>Give this password to the account holder. They must change it at their next login.</translation>
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
        <source>Pegawai dengan NIP ini belum terdaftar.</source>
        <translation>No employee with this NIP is registered.</translation>
    </message>
    <message>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Akun %1 untuk %2 dibuat. Kata sandi sementara wajib diganti saat masuk pertama.</source>
        <translation>%1 account for %2 created. The temporary password must be changed at the first login.</translation>
    </message>
    <message>
        <source>Peran %1 kini %2.</source>
        <translation>The role of %1 is now %2.</translation>
    </message>
    <message>
        <source>Kata sandi %1 diatur ulang. Kata sandi sementara wajib diganti saat masuk berikutnya.</source>
        <translation>The password of %1 was reset. The temporary password must be changed at the next login.</translation>
    </message>
    <message>
        <source>NIP (18 digit) atau nama pegawai</source>
        <translation>NIP (18 digits) or employee name</translation>
    </message>
    <message>
        <source>NIP atau nama pegawai</source>
        <translation>NIP or employee name</translation>
    </message>
    <message>
        <source>&amp;Pegawai</source>
        <translation>&amp;Employee</translation>
    </message>
    <message>
        <source>Ketik NIP (18 digit) atau sedikitnya tiga huruf nama pegawai.</source>
        <translation>Type the NIP (18 digits) or at least three letters of the employee&apos;s name.</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>Tidak ada pegawai yang cocok dengan &quot;%1&quot;.</source>
        <translation>No employee matches &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Pilih pegawai dari daftar, atau ketik NIP-nya.</source>
        <translation>Choose the employee from the list, or type their NIP.</translation>
    </message>
</context>
<context>
    <name>karier::AppSettings</name>
    <message>
        <source>Koneksi berhasil. Database masih kosong; tabel Karier ASN akan dibuat saat aplikasi dimulai ulang.</source>
        <translation>Connection successful. The database is still empty; the Karier ASN tables will be created when the application restarts.</translation>
    </message>
    <message>
        <source>Koneksi berhasil, tetapi database ini berisi tabel lain dan bukan database Karier ASN.</source>
        <translation>Connection successful, but this database holds other tables and is not a Karier ASN database.</translation>
    </message>
    <message>
        <source>Koneksi berhasil, tetapi database ini dibuat oleh versi Karier ASN yang lebih baru (skema %1). Perbarui aplikasi.</source>
        <translation>Connection successful, but this database was created by a newer version of Karier ASN (schema %1). Update the application.</translation>
    </message>
    <message>
        <source>Koneksi berhasil: database Karier ASN (skema %1; akan diperbarui ke skema %2 saat aplikasi dimulai ulang).</source>
        <translation>Connection successful: Karier ASN database (schema %1; it will be updated to schema %2 when the application restarts).</translation>
    </message>
    <message>
        <source>Koneksi berhasil: database Karier ASN (skema %1).</source>
        <translation>Connection successful: Karier ASN database (schema %1).</translation>
    </message>
    <message>
        <source>Folder %1 tidak ada. Pilih folder yang sudah ada.</source>
        <translation>The folder %1 does not exist. Choose an existing folder.</translation>
    </message>
    <message>
        <source>Folder %1 tidak dapat ditulis; database baru tidak dapat dibuat di sana.</source>
        <translation>The folder %1 is not writable; a new database cannot be created there.</translation>
    </message>
    <message>
        <source>Berkas database belum ada; berkas baru akan dibuat di %1 saat aplikasi dimulai ulang.</source>
        <translation>The database file does not exist yet; a new file will be created at %1 when the application restarts.</translation>
    </message>
    <message>
        <source>%1 bukan berkas database.</source>
        <translation>%1 is not a database file.</translation>
    </message>
    <message>
        <source>Membuka %1</source>
        <translation>Opening %1</translation>
    </message>
    <message>
        <source>Pilih berkas database SQLite.</source>
        <translation>Choose an SQLite database file.</translation>
    </message>
    <message>
        <source>Berkas database SQLite harus ditulis dengan jalur lengkap.</source>
        <translation>The SQLite database file must be given with its full path.</translation>
    </message>
    <message>
        <source>%1 adalah folder; pilih sebuah berkas.</source>
        <translation>%1 is a folder; choose a file.</translation>
    </message>
    <message>
        <source>Isi alamat server PostgreSQL.</source>
        <translation>Enter the address of the PostgreSQL server.</translation>
    </message>
    <message>
        <source>Port PostgreSQL harus antara 1 dan 65535.</source>
        <translation>The PostgreSQL port must be between 1 and 65535.</translation>
    </message>
    <message>
        <source>Isi nama database PostgreSQL.</source>
        <translation>Enter the name of the PostgreSQL database.</translation>
    </message>
    <message>
        <source>Nama database PostgreSQL tidak boleh berisi &quot;/&quot;.</source>
        <translation>The PostgreSQL database name must not contain &quot;/&quot;.</translation>
    </message>
    <message>
        <source>Bahasa &quot;%1&quot; tidak tersedia.</source>
        <translation>The language &quot;%1&quot; is not available.</translation>
    </message>
    <message>
        <source>Belum terhubung ke database.</source>
        <translation>Not connected to a database yet.</translation>
    </message>
    <message>
        <source>Menghubungi server PostgreSQL %1</source>
        <translation>Contacting the PostgreSQL server %1</translation>
    </message>
    <message>
        <source>Server PostgreSQL %1 dapat dihubungi. Setiap pegawai masuk dengan NIP dan kata sandinya sendiri; komputer ini tidak menyimpan kata sandi database.</source>
        <translation>The PostgreSQL server %1 can be reached. Every employee logs in with their own NIP and password; this computer keeps no database password.</translation>
    </message>
</context>
<context>
    <name>karier::ApprovalDetailPanel</name>
    <message>
        <source>Pilih satu usulan di tabel untuk melihat data, fakta NIP dan dokumennya di sini.</source>
        <translation>Select a submission in the table to see its data, NIP facts and document here.</translation>
    </message>
    <message>
        <source>Data usulan</source>
        <translation>Submission data</translation>
    </message>
    <message>
        <source>Menurut NIP</source>
        <translation>According to the NIP</translation>
    </message>
    <message>
        <source>Pemeriksaan aturan</source>
        <translation>Rule check</translation>
    </message>
    <message>
        <source>URL Bukti Dukung</source>
        <translation>Evidence URL</translation>
    </message>
    <message>
        <source>Periksa ulang tautan</source>
        <translation>Check the link again</translation>
    </message>
    <message>
        <source>%1 (diperiksa %2)</source>
        <translation>%1 (checked %2)</translation>
    </message>
    <message>
        <source>Usulan tidak dapat dibuka</source>
        <translation>The submission cannot be opened</translation>
    </message>
    <message>
        <source>NIP %1 · %2</source>
        <translation>NIP %1 · %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Diajukan</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Tahun pengangkatan</source>
        <translation>Year of appointment</translation>
    </message>
    <message>
        <source>TMT CPNS</source>
        <translation>TMT CPNS (first appointment)</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>✓ Tidak ada peringatan aturan.</source>
        <translation>✓ No rule warnings.</translation>
    </message>
    <message>
        <source>%1 oleh %2 pada %3.</source>
        <translation>%1 by %2 on %3.</translation>
    </message>
    <message>
        <source>Catatan: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>usulan-%1.pdf</source>
        <translation>submission-%1.pdf</translation>
    </message>
    <message>
        <source>Memeriksa apakah tautan dapat dibuka tanpa masuk (login)…</source>
        <translation>Checking whether the link opens without signing in…</translation>
    </message>
    <message>
        <source>Dokumen bukti</source>
        <translation>Evidence document</translation>
    </message>
    <message>
        <source>&amp;Dokumen bukti</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <source>Ke dokumen (Alt+D): PgUp/PgDn berganti halaman, Ctrl+plus/Ctrl+minus memperbesar/memperkecil</source>
        <translation>To the document (Alt+D): PgUp/PgDn change the page, Ctrl+plus/Ctrl+minus zoom in/out</translation>
    </message>
    <message>
        <source>Perubahan sejak pengajuan sebelumnya</source>
        <translation>Changes since the previous submission</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Tidak ada data yang berubah.</source>
        <translation>No data changed.</translation>
    </message>
    <message>
        <source>Dokumen: diganti (SHA-256 berbeda)</source>
        <translation>Document: replaced (different SHA-256)</translation>
    </message>
    <message>
        <source>Dokumen: sama dengan pengajuan sebelumnya</source>
        <translation>Document: same as the previous submission</translation>
    </message>
    <message>
        <source>Pengajuan ke-%1 pada %2; sebelumnya diajukan %3.</source>
        <translation>Submission no. %1 on %2; previously submitted %3.</translation>
    </message>
    <message>
        <source>%1 · menunggu %2</source>
        <translation>%1 · waiting %2</translation>
    </message>
</context>
<context>
    <name>karier::ApprovalListModel</name>
    <message>
        <source>baru saja</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <source>%n jam</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hari</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Diajukan %1</source>
        <translation>Submitted %1</translation>
    </message>
    <message>
        <source>Oleh %1 pada %2%3</source>
        <translation>By %1 on %2%3</translation>
    </message>
    <message>
        <source>%1
Nomor: %2</source>
        <translation>%1
Number: %2</translation>
    </message>
    <message>
        <source>Centang usulan %1 dari %2</source>
        <translation>Tick submission %1 of %2</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Tanggal SK</source>
        <translation>Decree date</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Ket SK</source>
        <translation>Decree status</translation>
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
        <translation>Work unit</translation>
    </message>
    <message>
        <source>Nama Tim Kerja</source>
        <translation>Team name</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Ruang Lingkup</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Kedudukan</source>
        <translation>Position in team</translation>
    </message>
    <message>
        <source>URL Bukti Dukung</source>
        <translation>Evidence URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Menunggu</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Centang semua usulan di halaman ini (Spasi mencentang satu baris)</source>
        <translation>Tick every submission on this page (Space ticks one row)</translation>
    </message>
    <message>
        <source>Klik untuk mengurutkan</source>
        <translation>Click to sort</translation>
    </message>
    <message>
        <source>Diajukan ulang</source>
        <translation>Resubmitted</translation>
    </message>
    <message numerus="yes">
        <source>Diajukan %1; menunggu lebih dari %n hari</source>
        <translation>
            <numerusform>Submitted %1; waiting more than %n day</numerusform>
            <numerusform>Submitted %1; waiting more than %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Diajukan ulang setelah dikembalikan (pengajuan ke-%1); perubahannya tampil di panel samping</source>
        <translation>Resubmitted after being returned (submission no. %1); its changes are shown in the side panel</translation>
    </message>
    <message numerus="yes">
        <source>Menunggu %1 (lebih dari %n hari)</source>
        <translation>
            <numerusform>Waiting %1 (more than %n day)</numerusform>
            <numerusform>Waiting %1 (more than %n days)</numerusform>
        </translation>
    </message>
    <message>
        <source>Diajukan ulang (pengajuan ke-%1)</source>
        <translation>Resubmitted (submission no. %1)</translation>
    </message>
</context>
<context>
    <name>karier::ApprovalService</name>
    <message>
        <source>%1  %2 oleh %3</source>
        <translation>%1  %2 by %3</translation>
    </message>
    <message>
        <source>Catatan: %1</source>
        <translation>Note: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n usulan dikembalikan untuk perbaikan</source>
        <translation>
            <numerusform>%n submission returned for correction</numerusform>
            <numerusform>%n submissions returned for correction</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n usulan ditolak</source>
        <translation>
            <numerusform>%n submission rejected</numerusform>
            <numerusform>%n submissions rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n usulan disetujui</source>
        <translation>
            <numerusform>%n submission approved</numerusform>
            <numerusform>%n submissions approved</numerusform>
        </translation>
    </message>
    <message>
        <source>BTS – Data tidak sesuai</source>
        <translation>BTS – Data do not match</translation>
    </message>
    <message>
        <source>BTS – Dokumen tidak lengkap</source>
        <translation>BTS – Document incomplete</translation>
    </message>
    <message>
        <source>BTS – Dokumen buram atau tidak terbaca</source>
        <translation>BTS – Document blurry or unreadable</translation>
    </message>
    <message>
        <source>BTS – Dokumen salah unggah</source>
        <translation>BTS – Wrong document uploaded</translation>
    </message>
    <message>
        <source>Anda tidak berhak memverifikasi jenis riwayat ini.</source>
        <translation>You may not verify this kind of record.</translation>
    </message>
    <message>
        <source>Usulan tidak ditemukan; mungkin sudah dihapus.</source>
        <translation>The submission was not found; it may have been deleted.</translation>
    </message>
    <message>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Tanggal lahir di data pegawai (%1) berbeda dengan NIP.</source>
        <translation>The date of birth in the employee data (%1) differs from the NIP.</translation>
    </message>
    <message>
        <source>Jenis kelamin di data pegawai berbeda dengan NIP.</source>
        <translation>The sex in the employee data differs from the NIP.</translation>
    </message>
    <message>
        <source>TMT di data pegawai (%1) berbeda dengan NIP.</source>
        <translation>The TMT in the employee data (%1) differs from the NIP.</translation>
    </message>
    <message>
        <source>Dokumen mungkin buram: ketajaman %1, di bawah batas %2.</source>
        <translation>The document may be blurry: sharpness %1, below the limit %2.</translation>
    </message>
    <message>
        <source>Pilih paling sedikit satu usulan.</source>
        <translation>Select at least one submission.</translation>
    </message>
    <message>
        <source>Catatan paling panjang %1 karakter.</source>
        <translation>The note may be at most %1 characters long.</translation>
    </message>
    <message>
        <source>Pilih alasan pengembalian.</source>
        <translation>Choose the reason for returning it.</translation>
    </message>
    <message>
        <source>Alasan penolakan wajib diisi.</source>
        <translation>A reason for the rejection is required.</translation>
    </message>
    <message>
        <source>Usulan ini sudah dihapus oleh pemiliknya.</source>
        <translation>This submission has been deleted by its owner.</translation>
    </message>
    <message>
        <source>Usulan ini sudah diproses oleh %1 pada %2 (%3).</source>
        <translation>This submission was already processed by %1 on %2 (%3).</translation>
    </message>
    <message>
        <source>Usulan ini sudah diubah oleh pemiliknya; periksa ulang sebelum memutuskan.</source>
        <translation>This submission has been changed by its owner; check it again before deciding.</translation>
    </message>
    <message>
        <source>Anda tidak dapat memverifikasi usulan Anda sendiri.</source>
        <translation>You cannot verify your own submission.</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Tanggal SK</source>
        <translation>Decree date</translation>
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
        <translation>Work unit</translation>
    </message>
    <message>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Keterangan SK</source>
        <translation>Decree status</translation>
    </message>
    <message>
        <source>Ruang Lingkup</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Kedudukan</source>
        <translation>Position in team</translation>
    </message>
    <message>
        <source>URL Bukti Dukung</source>
        <translation>Evidence URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Diajukan</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Diputuskan oleh</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Diputuskan</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Berkas CSV tidak dapat ditulis: %1</source>
        <translation>The CSV file cannot be written: %1</translation>
    </message>
    <message>
        <source>Dihapus</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Disimpan sebagai draf</source>
        <translation>Saved as draft</translation>
    </message>
    <message>
        <source>Dikembalikan untuk perbaikan</source>
        <translation>Returned for correction</translation>
    </message>
    <message>
        <source>Akun tidak ditemukan.</source>
        <translation>Account not found.</translation>
    </message>
    <message>
        <source>Usulan ini tidak ditemukan: sudah dihapus oleh pemiliknya, atau berada di luar wewenang Anda.</source>
        <translation>This submission was not found: its owner deleted it, or it is outside your authority.</translation>
    </message>
    <message>
        <source>Pemeriksaan terakhir: %1</source>
        <translation>Last check: %1</translation>
    </message>
    <message>
        <source>%1 (NIP %2) — %3: %4</source>
        <translation>%1 (NIP %2) — %3: %4</translation>
    </message>
</context>
<context>
    <name>karier::AuthService</name>
    <message numerus="yes">
        <source>%n detik</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n menit</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Kata sandi minimal %1 karakter.</source>
        <translation>The password must have at least %1 characters.</translation>
    </message>
    <message>
        <source>Kata sandi tidak boleh hanya angka (misalnya tanggal lahir atau NIP).</source>
        <translation>The password must not consist of digits only (such as a birth date or a NIP).</translation>
    </message>
    <message>
        <source>Terlalu banyak percobaan gagal. Coba lagi dalam %1.</source>
        <translation>Too many failed attempts. Try again in %1.</translation>
    </message>
    <message>
        <source> Terlalu banyak percobaan gagal. Coba lagi dalam %1.</source>
        <translation> Too many failed attempts. Try again in %1.</translation>
    </message>
    <message numerus="yes">
        <source> Sisa %n kali percobaan sebelum harus menunggu.</source>
        <translation>
            <numerusform> %n attempt left before you have to wait.</numerusform>
            <numerusform> %n attempts left before you have to wait.</numerusform>
        </translation>
    </message>
    <message>
        <source>Akun tidak ditemukan.</source>
        <translation>Account not found.</translation>
    </message>
    <message>
        <source>NIP dan kata sandi wajib diisi.</source>
        <translation>NIP and password are required.</translation>
    </message>
    <message>
        <source>Akun ini dinonaktifkan. Hubungi Admin BKPSDM.</source>
        <translation>This account is deactivated. Contact the BKPSDM Admin.</translation>
    </message>
    <message>
        <source>Masukkan kode OTP dari aplikasi autentikator Anda.</source>
        <translation>Enter the OTP code from your authenticator app.</translation>
    </message>
    <message>
        <source>Akun ini wajib memakai kode OTP. Pasang aplikasi autentikator, pindai kode QR, lalu masukkan kode yang tampil.</source>
        <translation>This account must use an OTP code. Install an authenticator app, scan the QR code, then enter the code it shows.</translation>
    </message>
    <message>
        <source>Kunci OTP akun ini rusak. Minta Admin BKPSDM mengatur ulang OTP.</source>
        <translation>The OTP key of this account is damaged. Ask the BKPSDM Admin to reset the OTP.</translation>
    </message>
    <message>
        <source>OTP akun ini sudah diaktifkan dari tempat lain. Silakan masuk lagi.</source>
        <translation>OTP for this account has already been activated elsewhere. Please log in again.</translation>
    </message>
    <message>
        <source>Pengelola Kepegawaian harus diberi Perangkat Daerah yang dikelola.</source>
        <translation>An HR Officer must be given the regional agency they manage.</translation>
    </message>
    <message>
        <source>Memori tidak cukup untuk mengamankan kata sandi.</source>
        <translation>Not enough memory to secure the password.</translation>
    </message>
    <message>
        <source>Pegawai dengan NIP %1 belum terdaftar.</source>
        <translation>No employee with NIP %1 is registered.</translation>
    </message>
    <message>
        <source>NIP %1 sudah memiliki akun.</source>
        <translation>NIP %1 already has an account.</translation>
    </message>
    <message>
        <source>Unit yang dikelola harus sebuah Perangkat Daerah (Induk Satker).</source>
        <translation>The managed unit must be a regional agency (parent work unit).</translation>
    </message>
    <message>
        <source>Akun dengan NIP %1 tidak ditemukan.</source>
        <translation>No account with NIP %1 was found.</translation>
    </message>
    <message>
        <source>Kata sandi lama salah.</source>
        <translation>The old password is wrong.</translation>
    </message>
    <message>
        <source>Kata sandi terlalu sederhana; gunakan campuran huruf besar, huruf kecil, angka atau tanda baca.</source>
        <translation>The password is too simple; use a mix of capital letters, small letters, digits or punctuation.</translation>
    </message>
    <message>
        <source>Kata sandi memuat NIP atau nama Anda.</source>
        <translation>The password contains your NIP or your name.</translation>
    </message>
    <message>
        <source>Kata sandi memuat kata yang mudah ditebak (misalnya Surakarta, sandi atau rahasia).</source>
        <translation>The password contains an easily guessed word (such as Surakarta, sandi or rahasia).</translation>
    </message>
    <message>
        <source>Kata sandi baru sama dengan kata sandi lama.</source>
        <translation>The new password is the same as the old one.</translation>
    </message>
    <message>
        <source>Kata sandi baru terlalu mirip kata sandi lama.</source>
        <translation>The new password is too similar to the old one.</translation>
    </message>
    <message>
        <source>Kata sandi terlalu mirip kata dalam kamus.</source>
        <translation>The password is too similar to a dictionary word.</translation>
    </message>
    <message>
        <source>Kamus pemeriksa kata sandi tidak dapat dibaca (paket cracklib-runtime), jadi kata sandi belum dapat diperiksa. Hubungi administrator.</source>
        <translation>The password checker&apos;s dictionary cannot be read (package cracklib-runtime), so the password cannot be checked yet. Contact your administrator.</translation>
    </message>
    <message>
        <source>Kata sandi tidak dapat diperiksa (libpwquality, kode %1). Coba lagi.</source>
        <translation>The password could not be checked (libpwquality, code %1). Try again.</translation>
    </message>
    <message>
        <source>Login di server hanya untuk database PostgreSQL bersama.</source>
        <translation>Logging in on the server is only for a shared PostgreSQL database.</translation>
    </message>
    <message>
        <source>NIP atau kata sandi salah.</source>
        <translation>Wrong NIP or password.</translation>
    </message>
    <message>
        <source>Kode OTP salah atau sudah dipakai. Periksa jam komputer dan ponsel Anda, lalu masukkan kode yang sedang tampil.</source>
        <translation>The OTP code is wrong or has already been used. Check the clocks of your computer and your phone, then enter the code shown now.</translation>
    </message>
    <message>
        <source>Waktu memasukkan kode habis. Silakan masuk lagi dengan NIP dan kata sandi.</source>
        <translation>The time to enter the code is over. Please sign in again with your NIP and password.</translation>
    </message>
    <message>
        <source>Perangkat Daerah %1 tidak aktif; pilih Perangkat Daerah yang aktif untuk Pengelola Kepegawaian.</source>
        <translation>Perangkat Daerah %1 is inactive; choose an active Perangkat Daerah for the Personnel Manager.</translation>
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
    <message numerus="yes">
        <source>%n isian tidak akan menerima; lihat alasannya di tabel bawah.</source>
        <translation>
            <numerusform>%n entry will not receive it; see the reason in the table below.</numerusform>
            <numerusform>%n entries will not receive it; see the reasons in the table below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pegawai</source>
        <translation>
            <numerusform>%n employee</numerusform>
            <numerusform>%n employees</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>karier::BatchService</name>
    <message>
        <source>%1 tidak dapat dimasukkan secara massal.</source>
        <translation>%1 cannot be entered in batch.</translation>
    </message>
    <message>
        <source>Belum ada NIP pegawai yang dipilih.</source>
        <translation>No employee NIP has been chosen yet.</translation>
    </message>
    <message>
        <source>NIP ganda: sudah disebut di baris %1.</source>
        <translation>Duplicate NIP: already given on line %1.</translation>
    </message>
    <message>
        <source>NIP ganda: sudah disebut sebelumnya.</source>
        <translation>Duplicate NIP: already given before.</translation>
    </message>
    <message>
        <source>NIP tidak terdaftar sebagai pegawai.</source>
        <translation>The NIP is not registered as an employee.</translation>
    </message>
    <message>
        <source>Sudah memiliki %1 dengan %2 ini (%3).</source>
        <translation>Already has %1 with this %2 (%3).</translation>
    </message>
    <message>
        <source>Jenis riwayat tidak dapat dimasukkan secara massal.</source>
        <translation>This record type cannot be entered in batch.</translation>
    </message>
    <message>
        <source>Tidak ada pegawai yang akan menerima %1.</source>
        <translation>No employee will receive %1.</translation>
    </message>
    <message>
        <source>Pegawai %1 (%2) tidak terdaftar lagi. Periksa ulang daftar pegawai; tidak ada yang disimpan.</source>
        <translation>Employee %1 (%2) is no longer registered. Check the list of employees again; nothing was saved.</translation>
    </message>
    <message>
        <source>NIP Anda sendiri: %1 untuk Anda dimasukkan oleh Admin BKPSDM lain, atau Anda ajukan sendiri lalu diverifikasi oleh Admin lain.</source>
        <translation>Your own NIP: your %1 is entered by another Admin BKPSDM, or you submit it yourself and another Admin verifies it.</translation>
    </message>
    <message>
        <source>Anda tidak dapat memberikan %1 kepada diri sendiri (NIP %2). Keluarkan NIP Anda dari daftar; tidak ada yang disimpan.</source>
        <translation>You cannot give yourself %1 (NIP %2). Remove your NIP from the list; nothing was saved.</translation>
    </message>
    <message numerus="yes">
        <source>Data berubah sejak ringkasan dibuat: %n pegawai sudah menerima %1 dengan %2 ini (%3), mungkin baru saja disimpan oleh pengguna lain. Tidak ada yang disimpan; periksa ulang daftar pegawai lalu simpan lagi, yang sudah menerima akan dilewati.</source>
        <translation>
            <numerusform>The data changed since the summary was made: %n employee has already received %1 with this %2 (%3), perhaps just saved by another user. Nothing was saved; check the list of employees again and save again, those who already received it are skipped.</numerusform>
            <numerusform>The data changed since the summary was made: %n employees have already received %1 with this %2 (%3), perhaps just saved by another user. Nothing was saved; check the list of employees again and save again, those who already received it are skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pegawai akan menerima %1</source>
        <translation>
            <numerusform>%n employee will receive %1</numerusform>
            <numerusform>%n employees will receive %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>karier::ChangePasswordDialog</name>
    <message>
        <source>Ganti kata sandi sementara</source>
        <translation>Change your temporary password</translation>
    </message>
    <message>
        <source>Ganti kata sandi</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Kata sandi lama</source>
        <translation>Old password</translation>
    </message>
    <message>
        <source>Kata sandi baru</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Ulangi kata sandi baru</source>
        <translation>Repeat the new password</translation>
    </message>
    <message>
        <source>Kata sandi sementara</source>
        <translation>Temporary password</translation>
    </message>
    <message>
        <source>Anda masuk dengan kata sandi sementara dari Admin BKPSDM. Buat kata sandi Anda sendiri sebelum melanjutkan.</source>
        <translation>You logged in with a temporary password from the BKPSDM Admin. Choose your own password before you go on.</translation>
    </message>
    <message>
        <source>Kata sandi baru berlaku untuk login berikutnya di semua komputer.</source>
        <translation>The new password applies to the next login on every computer.</translation>
    </message>
    <message>
        <source>Paling sedikit %1 karakter, tidak mudah ditebak, tidak memuat NIP atau nama Anda, dan tidak mirip kata sandi lama.</source>
        <translation>At least %1 characters, not easy to guess, not containing your NIP or name, and not like the old password.</translation>
    </message>
    <message>
        <source>Keluar</source>
        <translation>Log Out</translation>
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
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Kata sandi baru dan ulangannya tidak sama.</source>
        <translation>The new password and its repetition differ.</translation>
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
    <name>karier::Csv</name>
    <message>
        <source>File CSV kosong.</source>
        <translation>The CSV file is empty.</translation>
    </message>
    <message>
        <source>File CSV bukan UTF-8 yang sah (baris %1). Simpan ulang file sebagai &quot;CSV UTF-8&quot;.</source>
        <translation>The CSV file is not valid UTF-8 (line %1). Save the file again as &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>Tanda petik tidak ditutup (mulai baris %1).</source>
        <translation>A quotation mark is not closed (starting on line %1).</translation>
    </message>
</context>
<context>
    <name>karier::Database</name>
    <message>
        <source>Folder database %1 tidak dapat dibuat.</source>
        <translation>The database folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>%1 bukan file database.</source>
        <translation>%1 is not a database file.</translation>
    </message>
    <message>
        <source>Membuka %1</source>
        <translation>Opening %1</translation>
    </message>
    <message>
        <source>Memulai transaksi</source>
        <translation>Starting a transaction</translation>
    </message>
    <message>
        <source>Menyimpan transaksi</source>
        <translation>Committing a transaction</translation>
    </message>
    <message>
        <source>Database ini berisi tabel lain dan bukan database Karier ASN; tidak ada yang diubah.</source>
        <translation>This database holds other tables and is not a Karier ASN database; nothing was changed.</translation>
    </message>
    <message>
        <source>Database ini dibuat oleh versi Karier ASN yang lebih baru (skema %1; versi ini mengenal sampai skema %2). Perbarui aplikasi; database tidak diubah.</source>
        <translation>This database was created by a newer version of Karier ASN (schema %1; this version knows up to schema %2). Update the application; the database was not changed.</translation>
    </message>
    <message>
        <source>Database masih kosong. Jalankan &quot;karier-cli init&quot; terlebih dahulu.</source>
        <translation>The database is still empty. Run &quot;karier-cli init&quot; first.</translation>
    </message>
    <message>
        <source>Migrasi %1 (%2) gagal: %3</source>
        <translation>Migration %1 (%2) failed: %3</translation>
    </message>
    <message>
        <source>Database sedang dikunci oleh program lain. Tunggu sebentar lalu coba lagi.</source>
        <translation>The database is locked by another program. Wait a moment and try again.</translation>
    </message>
    <message>
        <source>File database rusak atau bukan database SQLite.</source>
        <translation>The database file is damaged or not an SQLite database.</translation>
    </message>
    <message>
        <source>File database tidak dapat dibuka (periksa jalur dan hak akses).</source>
        <translation>The database file cannot be opened (check the path and the access rights).</translation>
    </message>
    <message>
        <source>Database hanya dapat dibaca; perubahan tidak dapat disimpan.</source>
        <translation>The database is read-only; changes cannot be saved.</translation>
    </message>
    <message>
        <source>Server PostgreSQL tidak dapat dihubungi.</source>
        <translation>The PostgreSQL server cannot be reached.</translation>
    </message>
    <message>
        <source>Pengguna atau kata sandi PostgreSQL salah.</source>
        <translation>The PostgreSQL user or password is wrong.</translation>
    </message>
    <message>
        <source>Database PostgreSQL tersebut tidak ada di server.</source>
        <translation>That PostgreSQL database does not exist on the server.</translation>
    </message>
    <message>
        <source>Hubungan ke server PostgreSQL terputus.</source>
        <translation>The connection to the PostgreSQL server was lost.</translation>
    </message>
    <message>
        <source>Kesalahan database.</source>
        <translation>Database error.</translation>
    </message>
    <message>
        <source> (rincian teknis: </source>
        <translation> (technical details: </translation>
    </message>
    <message>
        <source>%1 bukan database Karier ASN (file ini milik program lain); tidak ada yang diubah.</source>
        <translation>%1 is not a Karier ASN database (the file belongs to another program); nothing was changed.</translation>
    </message>
    <message>
        <source>%1 masih kosong. Jalankan &quot;karier-cli init&quot; terlebih dahulu.</source>
        <translation>%1 is still empty. Run &quot;karier-cli init&quot; first.</translation>
    </message>
    <message>
        <source>File database %1 tidak ada. Periksa jalurnya, atau buat database baru dengan &quot;karier-cli init&quot;.</source>
        <translation>The database file %1 does not exist. Check the path, or create a new database with &quot;karier-cli init&quot;.</translation>
    </message>
    <message>
        <source>Database %1 tidak dapat ditulis oleh pengguna ini (file atau foldernya hanya dapat dibaca). Untuk bekerja bersama, gunakan server PostgreSQL.</source>
        <translation>This user cannot write the database %1 (the file or its folder is read-only). To work together, use a PostgreSQL server.</translation>
    </message>
    <message>
        <source>Kesalahan internal: database dipakai di luar thread pekerjanya.</source>
        <translation>Internal error: the database was used outside its worker threads.</translation>
    </message>
    <message>
        <source>Menghubungi server PostgreSQL %1</source>
        <translation>Contacting the PostgreSQL server %1</translation>
    </message>
    <message>
        <source>Server PostgreSQL tidak mendukung koneksi terenkripsi (TLS), padahal koneksi ini mewajibkannya. Aktifkan SSL di server (ssl = on) atau hubungi pengelola server.</source>
        <translation>The PostgreSQL server does not support encrypted connections (TLS), but this connection requires one. Enable SSL on the server (ssl = on) or contact the server administrator.</translation>
    </message>
    <message>
        <source>Sertifikat server PostgreSQL tidak dapat diverifikasi dengan Sertifikat CA server (periksa berkas CA dan nama server).</source>
        <translation>The PostgreSQL server certificate could not be verified with the server CA certificate (check the CA file and the server name).</translation>
    </message>
    <message>
        <source>Koneksi terenkripsi (TLS) ke server PostgreSQL gagal.</source>
        <translation>The encrypted (TLS) connection to the PostgreSQL server failed.</translation>
    </message>
    <message>
        <source>Data yang sama baru saja disimpan oleh pengguna lain, sehingga tidak ada yang disimpan. Muat ulang atau jalankan sekali lagi.</source>
        <translation>Another user has just saved the same data, so nothing was saved. Reload or run it once more.</translation>
    </message>
    <message>
        <source>Pengguna lain sedang mengubah data yang sama, sehingga tidak ada yang disimpan. Jalankan sekali lagi.</source>
        <translation>Another user is changing the same data, so nothing was saved. Run it once more.</translation>
    </message>
    <message>
        <source>Sesi login sudah berakhir. Keluar, lalu masuk lagi dengan kode OTP.</source>
        <translation>The login session has ended. Log out, then log in again with your one-time code.</translation>
    </message>
    <message>
        <source>Database di server masih memakai skema %1, sedangkan aplikasi ini memerlukan skema %2. Minta Admin BKPSDM menjalankan &quot;karier-cli init&quot; dengan akun pemilik database.</source>
        <translation>The database on the server still uses schema %1, while this application needs schema %2. Ask the BKPSDM Admin to run &quot;karier-cli init&quot; with the database owner&apos;s account.</translation>
    </message>
    <message>
        <source>Pengaturan auth_delay server tidak dapat diperiksa dengan login ini (perlu hak pg_read_all_settings).</source>
        <translation>The server&apos;s auth_delay setting cannot be checked with this login (it needs pg_read_all_settings).</translation>
    </message>
    <message>
        <source>auth_delay tidak aktif: tebakan kata sandi lewat login pegawai tidak diperlambat. Tambahkan shared_preload_libraries = &apos;auth_delay&apos; dan auth_delay.milliseconds = 1000 di postgresql.conf, lalu mulai ulang server (lihat README).</source>
        <translation>auth_delay is not active: guessing passwords through the employees&apos; logins is not slowed down. Add shared_preload_libraries = &apos;auth_delay&apos; and auth_delay.milliseconds = 1000 to postgresql.conf, then restart the server (see the README).</translation>
    </message>
    <message>
        <source>ssl = off: komputer lain tidak dapat terhubung, karena Karier ASN mewajibkan TLS untuk server di komputer lain. Aktifkan ssl di postgresql.conf dengan sertifikat server.</source>
        <translation>ssl = off: other computers cannot connect, because Karier ASN requires TLS for a server on another computer. Turn ssl on in postgresql.conf with a server certificate.</translation>
    </message>
    <message>
        <source>password_encryption bukan scram-sha-256: setel password_encryption = scram-sha-256 dan pakai metode scram-sha-256 di pg_hba.conf.</source>
        <translation>password_encryption is not scram-sha-256: set password_encryption = scram-sha-256 and use the scram-sha-256 method in pg_hba.conf.</translation>
    </message>
</context>
<context>
    <name>karier::DatabaseUrl</name>
    <message>
        <source>Alamat database kosong.</source>
        <translation>The database address is empty.</translation>
    </message>
    <message>
        <source>Alamat SQLite tanpa nama file: gunakan sqlite:/jalur/ke/file.sqlite</source>
        <translation>SQLite address without a file name: use sqlite:/path/to/file.sqlite</translation>
    </message>
    <message>
        <source>Jenis database &quot;%1&quot; tidak dikenal. Gunakan sqlite:JALUR atau postgresql://pengguna:sandi@host:port/nama_database.</source>
        <translation>Unknown database type &quot;%1&quot;. Use sqlite:PATH or postgresql://user:password@host:port/database_name.</translation>
    </message>
    <message>
        <source>Alamat PostgreSQL tidak valid: %1</source>
        <translation>Invalid PostgreSQL address: %1</translation>
    </message>
    <message>
        <source>Alamat PostgreSQL tanpa nama database: postgresql://pengguna:sandi@host:port/nama_database</source>
        <translation>PostgreSQL address without a database name: postgresql://user:password@host:port/database_name</translation>
    </message>
    <message>
        <source>Jalur Sertifikat CA server tidak boleh memuat tanda kutip, \, =, ; atau karakter kendali.</source>
        <translation>The path of the server CA certificate must not contain quotes, \, =, ; or control characters.</translation>
    </message>
    <message>
        <source>Sertifikat CA server harus ditulis dengan jalur lengkap: %1</source>
        <translation>The server CA certificate must be given with its full path: %1</translation>
    </message>
    <message>
        <source>Alamat PostgreSQL tidak boleh memuat &quot;#&quot;.</source>
        <translation>A PostgreSQL address must not contain &quot;#&quot;.</translation>
    </message>
    <message>
        <source>Opsi PostgreSQL &quot;%1&quot; tidak dikenal. Opsi yang diterima: %2.</source>
        <translation>Unknown PostgreSQL option &quot;%1&quot;. Accepted options: %2.</translation>
    </message>
    <message>
        <source>Opsi PostgreSQL &quot;%1&quot; diberikan lebih dari sekali.</source>
        <translation>The PostgreSQL option &quot;%1&quot; is given more than once.</translation>
    </message>
    <message>
        <source>Opsi PostgreSQL &quot;%1&quot; tanpa nilai.</source>
        <translation>The PostgreSQL option &quot;%1&quot; has no value.</translation>
    </message>
    <message>
        <source>Nilai opsi PostgreSQL &quot;%1&quot; tidak boleh memuat spasi, tanda kutip, \, =, ; atau karakter kendali.</source>
        <translation>The value of the PostgreSQL option &quot;%1&quot; must not contain spaces, quotes, \, =, ; or control characters.</translation>
    </message>
    <message>
        <source>Opsi &quot;host&quot; hanya untuk folder soket Unix, tanpa nama server di alamat: postgresql://pengguna@/nama_database?host=/var/run/postgresql</source>
        <translation>The &quot;host&quot; option is only for a Unix socket folder, with no server name in the address: postgresql://user@/database_name?host=/var/run/postgresql</translation>
    </message>
    <message>
        <source>Alamat server PostgreSQL kosong.</source>
        <translation>The PostgreSQL server address is empty.</translation>
    </message>
    <message>
        <source>Alamat server PostgreSQL tidak valid: &quot;%1&quot; tidak boleh memuat spasi, tanda kutip, \, =, ;, koma, &quot;/&quot;, &quot;@&quot; atau karakter kendali.</source>
        <translation>The PostgreSQL server address is not valid: &quot;%1&quot; must not contain spaces, quotes, \, =, ;, commas, &quot;/&quot;, &quot;@&quot; or control characters.</translation>
    </message>
    <message>
        <source>Port PostgreSQL harus antara 1 dan 65535.</source>
        <translation>The PostgreSQL port must be between 1 and 65535.</translation>
    </message>
    <message>
        <source>Nama pengguna PostgreSQL tidak boleh memuat spasi, tanda kutip, \, =, ; atau karakter kendali.</source>
        <translation>The PostgreSQL user name must not contain spaces, quotes, \, =, ; or control characters.</translation>
    </message>
    <message>
        <source>Nama database PostgreSQL tidak boleh memuat spasi, tanda kutip, \, /, =, ; atau karakter kendali.</source>
        <translation>The PostgreSQL database name must not contain spaces, quotes, \, /, =, ; or control characters.</translation>
    </message>
    <message>
        <source>Kata sandi PostgreSQL tidak boleh memuat karakter kendali.</source>
        <translation>The PostgreSQL password must not contain control characters.</translation>
    </message>
    <message>
        <source>Nilai sslmode &quot;%1&quot; tidak dikenal. Gunakan %2.</source>
        <translation>Unknown sslmode value &quot;%1&quot;. Use %2.</translation>
    </message>
    <message>
        <source>sslmode=%1 tidak diizinkan untuk server %2: koneksi ke server di komputer lain wajib dienkripsi (TLS). Gunakan sslmode=require, verify-ca atau verify-full, atau hapus opsi sslmode.</source>
        <translation>sslmode=%1 is not allowed for the server %2: a connection to a server on another computer must be encrypted (TLS). Use sslmode=require, verify-ca or verify-full, or remove the sslmode option.</translation>
    </message>
    <message>
        <source>connect_timeout harus berupa jumlah detik antara 1 dan %1.</source>
        <translation>connect_timeout must be a number of seconds between 1 and %1.</translation>
    </message>
    <message>
        <source>application_name paling panjang %1 karakter.</source>
        <translation>application_name may be at most %1 characters long.</translation>
    </message>
    <message>
        <source>Sertifikat CA server %1 tidak ada atau tidak dapat dibaca.</source>
        <translation>The server CA certificate %1 does not exist or cannot be read.</translation>
    </message>
</context>
<context>
    <name>karier::DecisionDialog</name>
    <message>
        <source>Batal Disetujui</source>
        <translation>Approval cancelled</translation>
    </message>
    <message>
        <source>Kembalikan untuk Perbaikan</source>
        <translation>Return for Correction</translation>
    </message>
    <message>
        <source>Tolak Usulan</source>
        <translation>Reject Submission</translation>
    </message>
    <message>
        <source>— Pilih alasan —</source>
        <translation>— Choose a reason —</translation>
    </message>
    <message>
        <source>Catatan untuk pegawai (tidak wajib), mis. halaman yang buram</source>
        <translation>Note for the employee (optional), e.g. which page is blurry</translation>
    </message>
    <message>
        <source>Alasan penolakan (wajib)</source>
        <translation>Reason for the rejection (required)</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Pilih alasan pengembalian.</source>
        <translation>Choose the reason for returning it.</translation>
    </message>
    <message>
        <source>Alasan penolakan wajib diisi.</source>
        <translation>A reason for the rejection is required.</translation>
    </message>
    <message>
        <source>Catatan paling panjang %1 karakter (sekarang %2).</source>
        <translation>The note may be at most %1 characters long (now %2).</translation>
    </message>
    <message numerus="yes">
        <source>%n usulan yang dicentang akan dikembalikan kepada pegawai untuk diperbaiki:</source>
        <translation>
            <numerusform>The %n ticked submission will be returned to the employee for correction:</numerusform>
            <numerusform>The %n ticked submissions will be returned to the employees for correction:</numerusform>
        </translation>
    </message>
    <message>
        <source>Usulan yang sedang dibuka akan dikembalikan kepada pegawai untuk diperbaiki:</source>
        <translation>The submission shown will be returned to the employee for correction:</translation>
    </message>
    <message numerus="yes">
        <source>%n usulan yang dicentang akan ditolak (Tidak Memenuhi Syarat):</source>
        <translation>
            <numerusform>The %n ticked submission will be rejected (does not meet the requirements):</numerusform>
            <numerusform>The %n ticked submissions will be rejected (do not meet the requirements):</numerusform>
        </translation>
    </message>
    <message>
        <source>Usulan yang sedang dibuka akan ditolak (Tidak Memenuhi Syarat):</source>
        <translation>The submission shown will be rejected (does not meet the requirements):</translation>
    </message>
    <message>
        <source>Pegawai akan melihat alasan dan catatan ini.</source>
        <translation>The employee will see this reason and note.</translation>
    </message>
    <message>
        <source>Pegawai akan melihat alasan ini.</source>
        <translation>The employee will see this reason.</translation>
    </message>
    <message>
        <source>&amp;Alasan</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>&amp;Catatan</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>&amp;Kirim</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>&amp;Tolak</source>
        <translation>Re&amp;ject</translation>
    </message>
    <message>
        <source>Kirim keputusan (Alt+K atau Ctrl+Enter)</source>
        <translation>Send the decision (Alt+S or Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Tolak usulan (Alt+T atau Ctrl+Enter)</source>
        <translation>Reject the submission (Alt+J or Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Tutup tanpa keputusan (Esc)</source>
        <translation>Close without a decision (Esc)</translation>
    </message>
</context>
<context>
    <name>karier::DemoSeeder</name>
    <message>
        <source>Nama wajib diisi.</source>
        <translation>Name is required.</translation>
    </message>
    <message>
        <source>Database ini sudah memiliki akun; admin pertama hanya dibuat pada database kosong.</source>
        <translation>This database already has accounts; the first admin is only created in an empty database.</translation>
    </message>
    <message>
        <source>Unit BKPSDM tidak ada dalam daftar organisasi.</source>
        <translation>The BKPSDM unit is not in the organisation list.</translation>
    </message>
    <message>
        <source>Akun contoh belum ada; jalankan data contoh lebih dahulu.</source>
        <translation>The demo accounts do not exist yet; create the demo data first.</translation>
    </message>
</context>
<context>
    <name>karier::Dms</name>
    <message>
        <source>Unggah %1: +%2</source>
        <translation>Upload %1: +%2</translation>
    </message>
    <message>
        <source> atau </source>
        <comment>joins alternatives</comment>
        <translation> or </translation>
    </message>
    <message>
        <source>Sangat Lengkap</source>
        <translation>Very Complete</translation>
    </message>
    <message>
        <source>Lengkap</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Cukup Lengkap</source>
        <translation>Fairly Complete</translation>
    </message>
    <message>
        <source>Kurang Lengkap</source>
        <translation>Incomplete</translation>
    </message>
    <message>
        <source>DRH</source>
        <translation>DRH (CV)</translation>
    </message>
    <message>
        <source>D2NP</source>
        <translation>D2NP</translation>
    </message>
    <message>
        <source>SK CPNS</source>
        <translation>SK CPNS</translation>
    </message>
    <message>
        <source>SPMT CPNS</source>
        <translation>SPMT CPNS</translation>
    </message>
    <message>
        <source>SK PNS</source>
        <translation>SK PNS</translation>
    </message>
    <message>
        <source>Pendidikan</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Golongan</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Diklat</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Angka Kredit</source>
        <translation>Credit Points</translation>
    </message>
    <message>
        <source>Pindah Instansi</source>
        <translation>Agency Transfer</translation>
    </message>
    <message>
        <source>PMK</source>
        <translation>PMK (service period review)</translation>
    </message>
    <message>
        <source>Penghargaan</source>
        <translation>Award</translation>
    </message>
    <message>
        <source>CLTN</source>
        <translation>CLTN (unpaid leave)</translation>
    </message>
    <message>
        <source>SKP/Kinerja</source>
        <translation>SKP/Performance</translation>
    </message>
    <message>
        <source>Ijazah</source>
        <translation>Diploma</translation>
    </message>
    <message>
        <source>SK Kenaikan Pangkat</source>
        <translation>Promotion decree</translation>
    </message>
    <message>
        <source>SK Jabatan</source>
        <translation>Position decree</translation>
    </message>
    <message>
        <source>Sertifikat Diklat</source>
        <translation>Training certificate</translation>
    </message>
    <message>
        <source>PAK (Penetapan Angka Kredit)</source>
        <translation>PAK (credit point assessment)</translation>
    </message>
    <message>
        <source>SK Pindah Instansi</source>
        <translation>Agency transfer decree</translation>
    </message>
    <message>
        <source>SK PMK</source>
        <translation>PMK decree</translation>
    </message>
    <message>
        <source>Sertifikat Penghargaan</source>
        <translation>Award certificate</translation>
    </message>
    <message>
        <source>SK CLTN</source>
        <translation>CLTN decree</translation>
    </message>
    <message>
        <source>Dokumen SKP</source>
        <translation>SKP document</translation>
    </message>
    <message>
        <source>SK CPNS atau SPMT CPNS</source>
        <translation>SK CPNS or SPMT CPNS</translation>
    </message>
    <message>
        <source>%1: Menunggu verifikasi</source>
        <translation>%1: Awaiting verification</translation>
    </message>
</context>
<context>
    <name>karier::DmsPage</name>
    <message>
        <source>✓ Penghargaan disetujui</source>
        <translation>✓ Award approved</translation>
    </message>
    <message>
        <source>✓ Lengkap dan terverifikasi</source>
        <translation>✓ Present and verified</translation>
    </message>
    <message>
        <source>Menunggu verifikasi Admin BKPSDM</source>
        <translation>Waiting for verification by BKPSDM</translation>
    </message>
    <message>
        <source>Dikembalikan untuk perbaikan</source>
        <translation>Returned for correction</translation>
    </message>
    <message>
        <source>Belum ada dokumen</source>
        <translation>No document yet</translation>
    </message>
    <message>
        <source>Arsip DMS</source>
        <translation>DMS Archive</translation>
    </message>
    <message>
        <source>Dokumen kepegawaian Anda di Arsip Digital dan Skor Arsip Digital yang dihitung darinya. Target: skor 100, Sangat Lengkap.</source>
        <translation>Your personnel documents in the digital archive and the Digital Archive Score computed from them. Target: a score of 100, Very Complete.</translation>
    </message>
    <message>
        <source>Skor Arsip Digital</source>
        <translation>Digital Archive Score</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Arsip Utama (9 Kategori)</source>
        <translation>Main Archive (9 Categories)</translation>
    </message>
    <message>
        <source>Arsip Kondisional (6 Kategori)</source>
        <translation>Conditional Archive (6 Categories)</translation>
    </message>
    <message>
        <source>Pilih kategori untuk melihat dokumennya.</source>
        <translation>Choose a category to see its documents.</translation>
    </message>
    <message>
        <source>Dokumen yang belum ada</source>
        <translation>Documents still missing</translation>
    </message>
    <message>
        <source>✓ Tidak ada dokumen yang kurang. Skor Anda sudah 100.</source>
        <translation>✓ No document is missing. Your score is 100.</translation>
    </message>
    <message>
        <source>Lengkap dan terverifikasi</source>
        <translation>Present and verified</translation>
    </message>
    <message>
        <source>Unggah Dokumen</source>
        <translation>Upload Document</translation>
    </message>
    <message>
        <source>%1 dari %2 poin. Klik untuk melihat dokumennya.</source>
        <translation>%1 of %2 points. Click to see the documents.</translation>
    </message>
    <message>
        <source>Sinkronisasi terakhir: %1</source>
        <translation>Last synchronisation: %1</translation>
    </message>
    <message>
        <source>Skor ini dihitung dari data sekarang; belum pernah disimpan.</source>
        <translation>This score is computed from the current data; it has not been stored yet.</translation>
    </message>
    <message>
        <source>Dokumen %1</source>
        <translation>%1 documents</translation>
    </message>
    <message>
        <source>DRH dibuat oleh sistem; poinnya selalu diberikan.</source>
        <translation>The DRH is generated by the system; its points are always granted.</translation>
    </message>
    <message>
        <source>Belum ada riwayat %1. Kategori tanpa riwayat tidak mengurangi skor, kecuali dokumen wajib (D2NP, SK CPNS/SPMT, SK PNS).</source>
        <translation>No %1 records yet. A category without records does not lower the score, except the required documents (D2NP, SK CPNS/SPMT, SK PNS).</translation>
    </message>
    <message>
        <source>Unggah Dokumen…</source>
        <translation>Upload Document…</translation>
    </message>
    <message>
        <source>Unggah PDF untuk riwayat yang dipilih; Admin BKPSDM memverifikasinya</source>
        <translation>Upload a PDF for the selected record; BKPSDM verifies it</translation>
    </message>
    <message>
        <source>Dokumen untuk &quot;%1&quot; terkirim dan menunggu verifikasi Admin BKPSDM.</source>
        <translation>The document for &quot;%1&quot; was sent and waits for verification by BKPSDM.</translation>
    </message>
    <message>
        <source>Urut dari yang paling banyak menambah skor. Klik dokumennya untuk membuka barisnya, lalu unggah PDF-nya di sini dengan Unggah Dokumen.</source>
        <translation>Sorted by the points they add, most first. Click a document to open its row, then upload its PDF here with Upload Document.</translation>
    </message>
    <message>
        <source>Dokumen sudah diunggah; poinnya bertambah setelah diverifikasi.</source>
        <translation>The document has been uploaded; its points are added once it is verified.</translation>
    </message>
    <message>
        <source>Klik untuk membuka barisnya dan mengunggah dokumennya.</source>
        <translation>Click to open its row and upload its document.</translation>
    </message>
    <message numerus="yes">
        <source>%1 dari %n dokumen</source>
        <translation>
            <numerusform>%1 of %n document</numerusform>
            <numerusform>%1 of %n documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Belum ada barisnya di Arsip DMS: minta Pengelola Kepegawaian menambahkannya, lalu unggah dokumennya di sini.</source>
        <translation>This document has no row in the DMS archive yet: ask your HR officer to add it, then upload the document here.</translation>
    </message>
</context>
<context>
    <name>karier::DmsRecapPage</name>
    <message>
        <source>Rekap Arsip DMS</source>
        <translation>DMS Archive Summary</translation>
    </message>
    <message>
        <source>Skor Arsip Digital per Perangkat Daerah: rata-rata, pegawai per predikat, dan yang belum 100.</source>
        <translation>Digital Archive Score per regional agency: the average, employees per rating, and those below 100.</translation>
    </message>
    <message>
        <source>Skor Arsip Digital pegawai Perangkat Daerah Anda.</source>
        <translation>Digital Archive Score of your regional agency&apos;s employees.</translation>
    </message>
    <message>
        <source>Hitung ulang semua skor</source>
        <translation>Recalculate every score</translation>
    </message>
    <message>
        <source>Ekspor CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Per Perangkat Daerah</source>
        <translation>Per regional agency</translation>
    </message>
    <message>
        <source>Perangkat Daerah</source>
        <translation>Regional agency</translation>
    </message>
    <message>
        <source>Pegawai</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Rata-rata</source>
        <translation>Average</translation>
    </message>
    <message>
        <source>Sangat
Lengkap</source>
        <translation>Very
Complete</translation>
    </message>
    <message>
        <source>Lengkap</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Cukup
Lengkap</source>
        <translation>Fairly
Complete</translation>
    </message>
    <message>
        <source>Kurang
Lengkap</source>
        <translation>Incomplete</translation>
    </message>
    <message>
        <source>Belum
100</source>
        <translation>Below
100</translation>
    </message>
    <message>
        <source>Pegawai per predikat</source>
        <translation>Employees per rating</translation>
    </message>
    <message>
        <source>Pilih Perangkat Daerah di tabel.</source>
        <translation>Choose a regional agency in the table.</translation>
    </message>
    <message>
        <source>Hanya yang belum 100</source>
        <translation>Only those below 100</translation>
    </message>
    <message>
        <source>Dokumen yang belum ada</source>
        <translation>Documents still missing</translation>
    </message>
    <message>
        <source>Pilih pegawai untuk melihat dokumen yang belum ada.</source>
        <translation>Choose an employee to see the missing documents.</translation>
    </message>
    <message>
        <source>Belum ada skor tersimpan. Skor dihitung saat dokumen diverifikasi atau diimpor; Admin BKPSDM dapat menghitung ulang semuanya.</source>
        <translation>No scores stored yet. Scores are computed when documents are verified or imported; BKPSDM can recalculate them all.</translation>
    </message>
    <message>
        <source>pegawai</source>
        <translation>employees</translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>%1: semua pegawai sudah 100.</source>
        <translation>%1: every employee is at 100.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n pegawai, skor terendah dahulu (paling banyak 500).</source>
        <translation>
            <numerusform>%1: %n employee, lowest score first (at most 500).</numerusform>
            <numerusform>%1: %n employees, lowest score first (at most 500).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — Skor %2 · %3</source>
        <translation>%1 — Score %2 · %3</translation>
    </message>
    <message>
        <source>Semua Skor Arsip Digital akan dihitung ulang dari data sekarang. Apakah anda yakin?</source>
        <translation>Every Digital Archive Score will be recalculated from the current data. Are you sure?</translation>
    </message>
    <message>
        <source>Hitung ulang</source>
        <translation>Recalculate</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Menghitung ulang…</source>
        <translation>Recalculating…</translation>
    </message>
    <message numerus="yes">
        <source>Skor %n pegawai dihitung ulang.</source>
        <translation>
            <numerusform>The score of %n employee was recalculated.</numerusform>
            <numerusform>The scores of %n employees were recalculated.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ekspor Rekap Arsip DMS</source>
        <translation>Export DMS Archive Summary</translation>
    </message>
    <message>
        <source>rekap-dms-%1.csv</source>
        <translation>dms-summary-%1.csv</translation>
    </message>
    <message>
        <source>Berkas CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Sangat Lengkap</source>
        <translation>Very Complete</translation>
    </message>
    <message>
        <source>Cukup Lengkap</source>
        <translation>Fairly Complete</translation>
    </message>
    <message>
        <source>Kurang Lengkap</source>
        <translation>Incomplete</translation>
    </message>
    <message>
        <source>Belum 100</source>
        <translation>Below 100</translation>
    </message>
    <message>
        <source>Berkas %1 tidak dapat ditulis: %2</source>
        <translation>The file %1 cannot be written: %2</translation>
    </message>
    <message>
        <source>Rekap diekspor ke %1.</source>
        <translation>Summary exported to %1.</translation>
    </message>
    <message>
        <source>Impor CSV…</source>
        <translation>Import CSV…</translation>
    </message>
    <message>
        <source>Baris riwayat DMS dari ekspor SIASN: kolom nip, jenis, referensi, dokumen (ada/tidak)</source>
        <translation>DMS record rows from a SIASN export: columns nip, jenis, referensi, dokumen (ada/tidak)</translation>
    </message>
    <message>
        <source>Impor Baris Arsip DMS</source>
        <translation>Import DMS Archive Rows</translation>
    </message>
    <message>
        <source>Mengimpor…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Berkas %1 tidak dapat dibuka: %2</source>
        <translation>The file %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>Berkas %1 terlalu besar (lebih dari 64 MB).</source>
        <translation>The file %1 is too large (more than 64 MB).</translation>
    </message>
    <message>
        <source>Impor selesai: %1 baru, %2 diperbarui, %3 tidak berubah, %4 ditolak.</source>
        <translation>Import finished: %1 new, %2 updated, %3 unchanged, %4 refused.</translation>
    </message>
    <message>
        <source>Baris yang ditolak</source>
        <translation>Refused rows</translation>
    </message>
    <message>
        <source>Tabel</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Grafik</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>Cetak / Simpan PDF…</source>
        <translation>Print / Save PDF…</translation>
    </message>
    <message>
        <source>Laporan Kekurangan Berkas DMS…</source>
        <translation>DMS Missing Documents Report…</translation>
    </message>
    <message>
        <source>Perangkat Daerah yang dipilih di tabel, atau semua bila tidak ada yang dipilih</source>
        <translation>The Perangkat Daerah selected in the table, or all when none is selected</translation>
    </message>
    <message>
        <source>Rekap JP Tahun %1…</source>
        <translation>JP Summary %1…</translation>
    </message>
    <message>
        <source>Laporan Kekurangan Berkas DMS Perangkat Daerah Anda</source>
        <translation>DMS missing documents report of your Perangkat Daerah</translation>
    </message>
    <message>
        <source>Laporan Kekurangan Berkas DMS</source>
        <translation>DMS Missing Documents Report</translation>
    </message>
    <message>
        <source>Rekap JP Tahun %1</source>
        <translation>JP Summary %1</translation>
    </message>
</context>
<context>
    <name>karier::DmsScoreCard</name>
    <message>
        <source>Buka Arsip DMS</source>
        <translation>Open the DMS Archive</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>Sinkronisasi terakhir: %1. %n dokumen belum ada.</source>
        <translation>
            <numerusform>Last synchronisation: %1. %n document missing.</numerusform>
            <numerusform>Last synchronisation: %1. %n documents missing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dokumen belum ada.</source>
        <translation>
            <numerusform>%n document missing.</numerusform>
            <numerusform>%n documents missing.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>karier::DmsService</name>
    <message>
        <source>Pegawai tidak ditemukan.</source>
        <translation>Employee not found.</translation>
    </message>
    <message>
        <source>Pegawai dengan NIP %1 tidak ditemukan.</source>
        <translation>No employee with NIP %1 was found.</translation>
    </message>
    <message>
        <source>Kolom CSV tidak sesuai: kolom wajib tidak ada: %1. Baris judul yang diharapkan: nip,jenis,referensi,dokumen.</source>
        <translation>The CSV columns do not fit: required columns missing: %1. Expected header: nip,jenis,referensi,dokumen.</translation>
    </message>
    <message>
        <source>baris %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>baris %1: jenis &quot;%2&quot; tidak dikenal (mis. pendidikan, golongan, jabatan, diklat, d2np, sk_cpns, spmt, sk_pns, angka_kredit, skp)</source>
        <translation>line %1: unknown kind &quot;%2&quot; (e.g. pendidikan, golongan, jabatan, diklat, d2np, sk_cpns, spmt, sk_pns, angka_kredit, skp)</translation>
    </message>
    <message>
        <source>baris %1: referensi paling panjang 200 karakter</source>
        <translation>line %1: the reference may be at most 200 characters long</translation>
    </message>
    <message>
        <source>baris %1: kolom dokumen &quot;%2&quot; harus ada atau tidak</source>
        <translation>line %1: the document column &quot;%2&quot; must be ada or tidak</translation>
    </message>
    <message>
        <source>baris %1: sama dengan baris %2</source>
        <translation>line %1: the same as line %2</translation>
    </message>
    <message>
        <source>baris %1: NIP %2 tidak terdaftar</source>
        <translation>line %1: NIP %2 is not registered</translation>
    </message>
    <message>
        <source>%1 baru, %2 diubah, %3 ditolak</source>
        <translation>%1 new, %2 changed, %3 refused</translation>
    </message>
    <message>
        <source>Kategori arsip &quot;%1&quot; tidak dikenal.</source>
        <translation>Unknown archive category &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Riwayat arsip &quot;%1&quot; tidak ada pada data Anda.</source>
        <translation>There is no archive record &quot;%1&quot; in your data.</translation>
    </message>
    <message>
        <source>Dokumen untuk &quot;%1&quot; sudah lengkap dan terverifikasi.</source>
        <translation>The document for &quot;%1&quot; is already present and verified.</translation>
    </message>
    <message>
        <source>baris %1: riwayat &quot;%2&quot; bentrok dengan riwayat lain yang baru saja disimpan; jalankan impor sekali lagi</source>
        <translation>line %1: row &quot;%2&quot; clashes with another row that was just saved; run the import once more</translation>
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
        <source>Dokumen PDF atau foto (*.pdf *.jpg *.jpeg *.png);;Semua file (*)</source>
        <translation>PDF documents or photos (*.pdf *.jpg *.jpeg *.png);;All files (*)</translation>
    </message>
</context>
<context>
    <name>karier::EmployeeAdmin</name>
    <message>
        <source>Pilih unit kerja pegawai.</source>
        <translation>Choose the employee&apos;s work unit.</translation>
    </message>
    <message>
        <source>Data pegawai ini baru saja diubah oleh pengguna lain. Perubahan Anda belum disimpan: muat ulang datanya, lalu ulangi perubahan Anda.</source>
        <translation>This employee&apos;s data was just changed by another user. Your changes have not been saved: load the data again, then repeat your changes.</translation>
    </message>
    <message>
        <source>Pegawai tidak ditemukan atau di luar wewenang Anda.</source>
        <translation>Employee not found or outside your authority.</translation>
    </message>
    <message>
        <source>Jenis pegawai tercatat %1, menurut NIP %2.</source>
        <translation>Employee type recorded as %1, according to the NIP %2.</translation>
    </message>
    <message>
        <source>Tanggal lahir tercatat %1, menurut NIP %2.</source>
        <translation>Date of birth recorded as %1, according to the NIP %2.</translation>
    </message>
    <message>
        <source>kosong</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>Jenis kelamin tercatat %1, menurut NIP %2.</source>
        <translation>Sex recorded as %1, according to the NIP %2.</translation>
    </message>
    <message>
        <source>perempuan</source>
        <translation>female</translation>
    </message>
    <message>
        <source>laki-laki</source>
        <translation>male</translation>
    </message>
    <message>
        <source>TMT tercatat %1, menurut NIP %2.</source>
        <translation>TMT recorded as %1, according to the NIP %2.</translation>
    </message>
    <message>
        <source>Pegawai dengan NIP %1 sudah terdaftar: %2.</source>
        <translation>An employee with NIP %1 is already registered: %2.</translation>
    </message>
    <message>
        <source>NIP tidak dapat diubah. Tambahkan pegawai baru untuk NIP %1.</source>
        <translation>The NIP cannot be changed. Add a new employee for NIP %1.</translation>
    </message>
    <message>
        <source>Pegawai ini sudah berada di unit tersebut.</source>
        <translation>This employee is already in that unit.</translation>
    </message>
    <message>
        <source>Unit %1 tidak aktif lagi; pilih unit yang aktif.</source>
        <translation>Unit %1 is no longer active; choose an active unit.</translation>
    </message>
</context>
<context>
    <name>karier::EmployeeCsv</name>
    <message>
        <source>jumlah kolom %1, seharusnya %2</source>
        <translation>%1 columns instead of %2</translation>
    </message>
    <message>
        <source>nama kosong</source>
        <translation>nama is empty</translation>
    </message>
    <message>
        <source>nama lebih dari 200 karakter</source>
        <translation>nama is longer than 200 characters</translation>
    </message>
    <message>
        <source>kode_unit kosong</source>
        <translation>kode_unit is empty</translation>
    </message>
    <message>
        <source>jenis_pegawai %1 tidak sesuai NIP (%2)</source>
        <translation>jenis_pegawai %1 does not match the NIP (%2)</translation>
    </message>
    <message>
        <source>tanggal_lahir &quot;%1&quot; bukan tanggal (gunakan dd-MM-yyyy)</source>
        <translation>tanggal_lahir &quot;%1&quot; is not a date (use dd-MM-yyyy)</translation>
    </message>
    <message>
        <source>tanggal_lahir %1 tidak sesuai NIP (%2)</source>
        <translation>tanggal_lahir %1 does not match the NIP (%2)</translation>
    </message>
    <message>
        <source>jenis_kelamin &quot;%1&quot; tidak dikenal (L/P)</source>
        <translation>jenis_kelamin &quot;%1&quot; is unknown (L/P)</translation>
    </message>
    <message>
        <source>jenis_kelamin %1 tidak sesuai NIP</source>
        <translation>jenis_kelamin %1 does not match the NIP</translation>
    </message>
    <message>
        <source>tmt &quot;%1&quot; bukan tanggal (gunakan dd-MM-yyyy)</source>
        <translation>tmt &quot;%1&quot; is not a date (use dd-MM-yyyy)</translation>
    </message>
    <message>
        <source>tmt %1 tidak sesuai NIP</source>
        <translation>tmt %1 does not match the NIP</translation>
    </message>
    <message>
        <source>tmt %1 di masa depan</source>
        <translation>tmt %1 is in the future</translation>
    </message>
    <message>
        <source>Kolom &quot;%1&quot; muncul dua kali di baris judul.</source>
        <translation>The column &quot;%1&quot; appears twice in the header line.</translation>
    </message>
    <message>
        <source>kolom wajib tidak ada: %1</source>
        <translation>required columns missing: %1</translation>
    </message>
    <message>
        <source>kolom tidak dikenal: %1</source>
        <translation>unknown columns: %1</translation>
    </message>
    <message>
        <source>Kolom CSV tidak sesuai (%1). Baris judul yang diharapkan: %2.</source>
        <translation>The CSV columns do not match (%1). Expected header line: %2.</translation>
    </message>
    <message>
        <source>baris %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>baris %1: NIP %2 sudah ada di baris %3</source>
        <translation>line %1: NIP %2 already appears on line %3</translation>
    </message>
    <message>
        <source>baris %1: kode_unit &quot;%2&quot; tidak dikenal</source>
        <translation>line %1: unknown kode_unit &quot;%2&quot;</translation>
    </message>
    <message>
        <source>File tujuan tidak dapat ditulis: %1</source>
        <translation>The target file cannot be written: %1</translation>
    </message>
    <message>
        <source>baris %1: unit &quot;%2&quot; tidak aktif</source>
        <translation>line %1: unit &quot;%2&quot; is inactive</translation>
    </message>
</context>
<context>
    <name>karier::EmployeeDialog</name>
    <message>
        <source>Tambah Pegawai</source>
        <translation>Add Employee</translation>
    </message>
    <message>
        <source>Ubah Data Pegawai</source>
        <translation>Edit Employee Data</translation>
    </message>
    <message>
        <source>Pindahkan Unit Kerja</source>
        <translation>Move to Another Work Unit</translation>
    </message>
    <message>
        <source>Tanggal lahir, TMT, jenis kelamin dan PNS/PPPK dibaca dari NIP. Pemeriksaannya sama dengan impor CSV.</source>
        <translation>Date of birth, TMT, sex and PNS/PPPK are read from the NIP. The checks are the same as for the CSV import.</translation>
    </message>
    <message>
        <source>%1 · NIP %2</source>
        <translation>%1 · NIP %2</translation>
    </message>
    <message>
        <source>18 digit</source>
        <translation>18 digits</translation>
    </message>
    <message>
        <source>NIP tidak dapat diubah.</source>
        <translation>The NIP cannot be changed.</translation>
    </message>
    <message>
        <source>mis. dr., Drs.</source>
        <translation>e.g. dr., Drs.</translation>
    </message>
    <message>
        <source>mis. S.Kom., M.Kes.</source>
        <translation>e.g. S.Kom., M.Kes.</translation>
    </message>
    <message>
        <source>dd-MM-yyyy (tidak wajib; bulan dan tahun sesuai NIP)</source>
        <translation>dd-MM-yyyy (optional; month and year as in the NIP)</translation>
    </message>
    <message>
        <source>&amp;NIP</source>
        <translation>&amp;NIP</translation>
    </message>
    <message>
        <source>N&amp;ama</source>
        <translation>N&amp;ame</translation>
    </message>
    <message>
        <source>Gelar &amp;depan</source>
        <translation>Title &amp;before</translation>
    </message>
    <message>
        <source>Gelar &amp;belakang</source>
        <translation>Title &amp;after</translation>
    </message>
    <message>
        <source>&amp;Jabatan</source>
        <translation>&amp;Position</translation>
    </message>
    <message>
        <source>— Pilih unit kerja —</source>
        <translation>— Choose a work unit —</translation>
    </message>
    <message>
        <source>&amp;Unit kerja baru</source>
        <translation>New work &amp;unit</translation>
    </message>
    <message>
        <source>&amp;Unit kerja</source>
        <translation>Work &amp;unit</translation>
    </message>
    <message>
        <source>&amp;TMT</source>
        <translation>&amp;TMT</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Pindahkan</source>
        <translation>&amp;Move</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Pegawai %1 ditambahkan.</source>
        <translation>Employee %1 added.</translation>
    </message>
    <message>
        <source>Data pegawai %1 disimpan.</source>
        <translation>Data of employee %1 saved.</translation>
    </message>
    <message>
        <source>%1 dipindahkan ke %2.</source>
        <translation>%1 moved to %2.</translation>
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
    <name>karier::InputFile</name>
    <message>
        <source>%1 tidak dapat dibaca: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 terlalu besar (lebih dari %2 MB).</source>
        <translation>%1 is too large (more than %2 MB).</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>The file %1</translation>
    </message>
    <message>
        <source>Nama file kosong.</source>
        <translation>The file name is empty.</translation>
    </message>
    <message>
        <source>File %1 tidak ditemukan.</source>
        <translation>The file %1 was not found.</translation>
    </message>
    <message>
        <source>File %1 tidak dapat dibuka: %2</source>
        <translation>The file %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>%1 adalah folder, bukan file.</source>
        <translation>%1 is a folder, not a file.</translation>
    </message>
    <message>
        <source>%1 bukan file biasa (pipa, perangkat atau soket); berikan sebuah file.</source>
        <translation>%1 is not a regular file (a pipe, device or socket); give a file.</translation>
    </message>
</context>
<context>
    <name>karier::Interaction</name>
    <message>
        <source>Lihat di:</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <source>Nama berkas:</source>
        <translation>File name:</translation>
    </message>
    <message>
        <source>Jenis berkas:</source>
        <translation>Files of type:</translation>
    </message>
    <message>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Tautan tidak dapat dibuka</source>
        <translation>The link cannot be opened</translation>
    </message>
    <message>
        <source>Tidak ada peramban (browser) yang dapat dibuka di komputer ini. Salin tautan berikut lalu buka di peramban:

%1</source>
        <translation>No web browser can be opened on this computer. Copy the following link and open it in a browser:

%1</translation>
    </message>
    <message>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>laporan</source>
        <translation>report</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 sudah ada. Ganti dengan yang baru?</source>
        <translation>%1 already exists. Replace it with the new one?</translation>
    </message>
    <message>
        <source>Ganti</source>
        <translation>Replace</translation>
    </message>
</context>
<context>
    <name>karier::Language</name>
    <message>
        <source>id</source>
        <comment>The ISO 639-1 code of the language of this translation</comment>
        <translation>en</translation>
    </message>
</context>
<context>
    <name>karier::Libraries</name>
    <message>
        <source>antarmuka, database, jaringan</source>
        <translation>user interface, database, network</translation>
    </message>
    <message>
        <source>membaca dan menampilkan PDF</source>
        <translation>reading and showing PDF</translation>
    </message>
    <message>
        <source>kata sandi (Argon2id) dan penyimpanan rahasia</source>
        <translation>passwords (Argon2id) and secret storage</translation>
    </message>
    <message>
        <source>kode QR untuk aplikasi autentikator</source>
        <translation>QR codes for authenticator apps</translation>
    </message>
    <message>
        <source>domain publik</source>
        <translation>public domain</translation>
    </message>
    <message>
        <source>database bawaan di komputer ini</source>
        <translation>built-in database on this computer</translation>
    </message>
    <message>
        <source>koneksi ke server PostgreSQL</source>
        <translation>connection to a PostgreSQL server</translation>
    </message>
    <message>
        <source>grafik rekap Arsip DMS</source>
        <translation>charts of the DMS archive summary</translation>
    </message>
    <message>
        <source>menolak kata sandi yang mudah ditebak</source>
        <translation>refuses easily guessed passwords</translation>
    </message>
    <message>
        <source>kamus kata sandi yang mudah ditebak</source>
        <translation>dictionary of easily guessed passwords</translation>
    </message>
</context>
<context>
    <name>karier::LinkChecker</name>
    <message>
        <source>Tautan belum diperiksa.</source>
        <translation>The link has not been checked yet.</translation>
    </message>
    <message>
        <source>Tautan dapat dibuka.</source>
        <translation>The link can be opened.</translation>
    </message>
    <message>
        <source>Tautan tidak publik — pemeriksa tidak dapat membukanya. Ubah akses berbagi menjadi &quot;Siapa saja yang memiliki link&quot;.</source>
        <translation>The link is not public — the checker cannot open it. Change the sharing access to &quot;Anyone with the link&quot;.</translation>
    </message>
    <message>
        <source>Tautan tidak ditemukan (%1).</source>
        <translation>The link was not found (%1).</translation>
    </message>
    <message>
        <source>Tautan tidak dapat dibuka: server menjawab dengan galat (HTTP %1).</source>
        <translation>The link cannot be opened: the server answered with an error (HTTP %1).</translation>
    </message>
    <message>
        <source>Tautan tidak dapat dibuka: server menjawab tidak wajar.</source>
        <translation>The link cannot be opened: the server gave an unexpected answer.</translation>
    </message>
    <message>
        <source>URL Bukti Dukung tidak sah.</source>
        <translation>The evidence URL is not valid.</translation>
    </message>
    <message>
        <source>Tidak ada jawaban dalam %1 ms.</source>
        <translation>No answer within %1 ms.</translation>
    </message>
    <message>
        <source>URL Bukti Dukung tidak dapat dibuka tanpa masuk (login).</source>
        <translation>The Evidence URL cannot be opened without signing in (login).</translation>
    </message>
    <message>
        <source>URL Bukti Dukung tidak ditemukan.</source>
        <translation>The Evidence URL was not found.</translation>
    </message>
    <message>
        <source>Tautan belum dapat diperiksa: tidak ada jaringan atau server tidak dapat dihubungi (bukan kesalahan ASN). Buka tautan untuk memeriksanya.</source>
        <translation>The link could not be checked yet: no network, or the server could not be reached (not the ASN&apos;s fault). Open the link to check it.</translation>
    </message>
    <message>
        <source>Server URL Bukti Dukung menjawab dengan galat.</source>
        <translation>The server of the Evidence URL answered with an error.</translation>
    </message>
    <message>
        <source>Tautan belum dapat diperiksa: tidak ada jaringan atau server tidak dapat dihubungi. Ini bukan kesalahan tautan Anda.</source>
        <translation>The link could not be checked yet: no network, or the server could not be reached. This is not a fault of your link.</translation>
    </message>
    <message>
        <source>Tautan belum dapat diperiksa: server tidak menjawab dalam batas waktu. Ini bukan kesalahan tautan Anda.</source>
        <translation>The link could not be checked yet: the server did not answer within the time limit. This is not a fault of your link.</translation>
    </message>
</context>
<context>
    <name>karier::LinkUrl</name>
    <message>
        <source>URL Bukti Dukung wajib diisi.</source>
        <translation>The evidence URL is required.</translation>
    </message>
    <message>
        <source>URL Bukti Dukung paling panjang %1 karakter (sekarang %2).</source>
        <translation>The evidence URL may be at most %1 characters long (now %2).</translation>
    </message>
    <message>
        <source>URL Bukti Dukung tidak boleh memuat spasi; salin tautan apa adanya dari Google Drive atau layanan cloud Anda.</source>
        <translation>The evidence URL must not contain spaces; copy the link exactly as it is from Google Drive or your cloud service.</translation>
    </message>
    <message>
        <source>URL Bukti Dukung harus diawali http:// atau https://, misalnya %1</source>
        <translation>The evidence URL must start with http:// or https://, for example %1</translation>
    </message>
    <message>
        <source>Tautan &quot;%1:&quot; tidak diterima; URL Bukti Dukung hanya boleh berupa tautan http:// atau https://.</source>
        <translation>&quot;%1:&quot; links are not accepted; the evidence URL may only be an http:// or https:// link.</translation>
    </message>
    <message>
        <source>URL Bukti Dukung tidak sah; salin ulang tautannya.</source>
        <translation>The evidence URL is not valid; copy the link again.</translation>
    </message>
    <message>
        <source>URL Bukti Dukung harus memuat nama situs, misalnya %1</source>
        <translation>The evidence URL must contain a site name, for example %1</translation>
    </message>
    <message>
        <source>URL Bukti Dukung tidak boleh memuat nama pengguna atau kata sandi.</source>
        <translation>The evidence URL must not contain a user name or password.</translation>
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
    <message>
        <source>Server bersama: %1</source>
        <translation>Shared server: %1</translation>
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
        <source>Tim Kerja</source>
        <translation>Work Teams</translation>
    </message>
    <message>
        <source>Arsip DMS</source>
        <translation>DMS Archive</translation>
    </message>
    <message>
        <source>Verifikasi</source>
        <translation>Verification</translation>
    </message>
    <message>
        <source>Pegawai</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Unit Kerja</source>
        <translation>Work Unit</translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation>Users</translation>
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
    <message>
        <source>Sejak kunjungan terakhir: %1. Buka Riwayat Sertifikasi, Riwayat Penghargaan atau Tim Kerja untuk melihat catatannya.</source>
        <translation>Since your last visit: %1. Open Certifications, Awards or Work Teams to read the notes.</translation>
    </message>
    <message>
        <source>Rekap Arsip DMS</source>
        <translation>DMS Archive Summary</translation>
    </message>
    <message>
        <source>Skor Arsip Digital</source>
        <translation>Digital Archive Score</translation>
    </message>
    <message>
        <source>Ganti kata sandi</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Kata sandi Anda diganti.</source>
        <translation>Your password was changed.</translation>
    </message>
    <message>
        <source>Database dipulihkan</source>
        <translation>Database restored</translation>
    </message>
    <message>
        <source>Database telah dipulihkan dari cadangan. Karier ASN ditutup sekarang; buka kembali untuk memakai data hasil pemulihan.</source>
        <translation>The database was restored from a backup. Karier ASN closes now; open it again to use the restored data.</translation>
    </message>
    <message>
        <source>Tutup Karier ASN</source>
        <translation>Close Karier ASN</translation>
    </message>
    <message numerus="yes">
        <source>Menunggu lebih dari %n hari</source>
        <translation>
            <numerusform>Waiting more than %n day</numerusform>
            <numerusform>Waiting more than %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Buka Verifikasi, terlama dahulu</source>
        <translation>Open Verification, oldest first</translation>
    </message>
    <message>
        <source>Tidak ada usulan yang menunggu verifikasi.</source>
        <translation>No submissions are waiting for verification.</translation>
    </message>
    <message numerus="yes">
        <source>dari %n usulan yang menunggu; yang terlama %1.</source>
        <translation>
            <numerusform>of %n waiting submission; the oldest %1.</numerusform>
            <numerusform>of %n waiting submissions; the oldest %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hari</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>dari %n usulan yang menunggu; yang terlama menunggu %1 (diajukan %2).</source>
        <translation>
            <numerusform>of %n waiting submission; the oldest has waited %1 (submitted %2).</numerusform>
            <numerusform>of %n waiting submissions; the oldest has waited %1 (submitted %2).</numerusform>
        </translation>
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
    <name>karier::Nip</name>
    <message>
        <source>karakter U+%1</source>
        <translation>character U+%1</translation>
    </message>
    <message>
        <source>NIP hanya boleh berisi angka (ditemukan %1).</source>
        <translation>The NIP may only contain digits (found %1).</translation>
    </message>
    <message>
        <source>NIP belum diisi.</source>
        <translation>The NIP has not been entered.</translation>
    </message>
    <message>
        <source>NIP harus 18 digit, bukan %1.</source>
        <translation>The NIP must have 18 digits, not %1.</translation>
    </message>
    <message>
        <source>Tanggal lahir pada NIP (digit 1–8, &quot;%1&quot;) bukan tanggal yang valid.</source>
        <translation>The birth date in the NIP (digits 1–8, &quot;%1&quot;) is not a valid date.</translation>
    </message>
    <message>
        <source>Tanggal lahir pada NIP (digit 1–8, &quot;%1&quot;) berada di masa depan.</source>
        <translation>The birth date in the NIP (digits 1–8, &quot;%1&quot;) is in the future.</translation>
    </message>
    <message>
        <source>Tanggal lahir pada NIP (digit 1–8, &quot;%1&quot;) tidak masuk akal: usia lebih dari %2 tahun.</source>
        <translation>The birth date in the NIP (digits 1–8, &quot;%1&quot;) is not plausible: older than %2 years.</translation>
    </message>
    <message>
        <source>Digit 13–14 NIP (&quot;%1&quot;) bukan bulan TMT PNS (01–12) maupun kode PPPK (21–29).</source>
        <translation>Digits 13–14 of the NIP (&quot;%1&quot;) are neither a PNS TMT month (01–12) nor a PPPK code (21–29).</translation>
    </message>
    <message>
        <source>TMT CPNS (digit 9–14</source>
        <translation>The TMT CPNS (digits 9–14</translation>
    </message>
    <message>
        <source>Tahun pengangkatan PPPK (digit 9–12</source>
        <translation>The PPPK appointment year (digits 9–12</translation>
    </message>
    <message>
        <source>, &quot;%1&quot;) tidak valid.</source>
        <translation>, &quot;%1&quot;) is not valid.</translation>
    </message>
    <message>
        <source>, &quot;%1&quot;) harus sedikitnya %2 tahun setelah tanggal lahir (%3).</source>
        <translation>, &quot;%1&quot;) must be at least %2 years after the birth date (%3).</translation>
    </message>
    <message>
        <source>, &quot;%1&quot;) berada di masa depan.</source>
        <translation>, &quot;%1&quot;) is in the future.</translation>
    </message>
    <message>
        <source>Digit jenis kelamin NIP (digit 15) harus 1 atau 2, bukan %1.</source>
        <translation>The sex digit of the NIP (digit 15) must be 1 or 2, not %1.</translation>
    </message>
    <message>
        <source>Nomor urut NIP (digit 16–18) tidak boleh 000.</source>
        <translation>The sequence number of the NIP (digits 16–18) must not be 000.</translation>
    </message>
</context>
<context>
    <name>karier::Organisation</name>
    <message>
        <source>Unit induk %1 tidak ditemukan.</source>
        <translation>Parent unit %1 not found.</translation>
    </message>
    <message>
        <source>Unit %1 adalah Satker; Satker tidak boleh memiliki Satker lagi.</source>
        <translation>Unit %1 is a work unit; a work unit cannot have work units of its own.</translation>
    </message>
    <message>
        <source>Unit %1 baru saja diubah oleh pengguna lain; jalankan sekali lagi.</source>
        <translation>Unit %1 has just been changed by another user; run it once more.</translation>
    </message>
    <message>
        <source>Pegawai dengan NIP %1 baru saja diubah oleh pengguna lain; jalankan sekali lagi.</source>
        <translation>The employee with NIP %1 has just been changed by another user; run it once more.</translation>
    </message>
</context>
<context>
    <name>karier::PdfCheckRunner</name>
    <message>
        <source>Pemeriksa PDF (%1) tidak dapat dijalankan: %2. File belum dapat diperiksa.</source>
        <translation>The PDF checker (%1) cannot be started: %2. The file could not be checked yet.</translation>
    </message>
    <message>
        <source>Pemeriksaan PDF tidak selesai dalam %1 detik sehingga dihentikan; file ini terlalu rumit atau rusak dan tidak diterima.</source>
        <translation>The PDF check did not finish within %1 seconds and was stopped; this file is too complex or damaged and is not accepted.</translation>
    </message>
    <message>
        <source>Pemeriksaan PDF berhenti tidak wajar; file ini kemungkinan rusak atau terlalu berat dan tidak diterima.</source>
        <translation>The PDF check stopped abnormally; this file is probably damaged or too heavy and is not accepted.</translation>
    </message>
    <message>
        <source>Pemeriksaan PDF dibatalkan.</source>
        <translation>The PDF check was cancelled.</translation>
    </message>
    <message>
        <source>Pemeriksa PDF memberi jawaban yang tidak dapat dibaca (kode keluar %1). File belum dapat diperiksa.</source>
        <translation>The PDF checker gave an unreadable answer (exit code %1). The file could not be checked yet.</translation>
    </message>
    <message>
        <source> (Keterangan teknis: %1)</source>
        <translation> (Technical details: %1)</translation>
    </message>
    <message>
        <source>Pemeriksa PDF memeriksa isi yang berbeda dengan file ini. File belum dapat diperiksa.</source>
        <translation>The PDF checker checked different content than this file. The file could not be checked yet.</translation>
    </message>
    <message>
        <source>File %1 tidak ditemukan.</source>
        <translation>File %1 was not found.</translation>
    </message>
    <message>
        <source>%1 bukan file biasa.</source>
        <translation>%1 is not a regular file.</translation>
    </message>
    <message>
        <source>File %1 tidak dapat dibaca: %2</source>
        <translation>File %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Pemeriksa PDF mengirim gambar halaman pertama yang tidak sah. File belum dapat diperiksa.</source>
        <translation>The PDF checker sent an invalid picture of the first page. The file could not be checked yet.</translation>
    </message>
</context>
<context>
    <name>karier::PdfEngine</name>
    <message>
        <source>Komponen penampil PDF (karier_pdfengine) tidak ditemukan atau rusak; pasang ulang Karier ASN.</source>
        <translation>The PDF viewer component (karier_pdfengine) is missing or damaged; reinstall Karier ASN.</translation>
    </message>
    <message>
        <source> Dicoba: </source>
        <translation> Tried: </translation>
    </message>
</context>
<context>
    <name>karier::PdfFitRunner</name>
    <message>
        <source>Perkecil otomatis (%1) tidak dapat dijalankan: %2.</source>
        <translation>Automatic shrinking (%1) cannot be run: %2.</translation>
    </message>
    <message>
        <source>Perkecil otomatis berhenti tidak wajar; file ini kemungkinan rusak atau terlalu berat.</source>
        <translation>Automatic shrinking stopped abnormally; this file is probably damaged or too heavy.</translation>
    </message>
    <message>
        <source>Perkecil otomatis dibatalkan.</source>
        <translation>Automatic shrinking was cancelled.</translation>
    </message>
    <message>
        <source>Perkecil otomatis memberi jawaban yang tidak dapat dibaca (kode keluar %1).</source>
        <translation>Automatic shrinking gave an answer that cannot be read (exit code %1).</translation>
    </message>
    <message>
        <source> (Keterangan teknis: %1)</source>
        <translation> (Technical details: %1)</translation>
    </message>
</context>
<context>
    <name>karier::PdfFitter</name>
    <message>
        <source>Perkecil otomatis dibatalkan.</source>
        <translation>Automatic shrinking was cancelled.</translation>
    </message>
    <message>
        <source>Ukuran diperkecil dari %1 menjadi %2 (%3 halaman).</source>
        <translation>Size reduced from %1 to %2 (pages: %3).</translation>
    </message>
    <message>
        <source>Jumlah halaman tidak sah.</source>
        <translation>The number of pages is not valid.</translation>
    </message>
    <message>
        <source>Halaman %1 PDF ini rusak dan tidak dapat ditampilkan.</source>
        <translation>Page %1 of this PDF is damaged and cannot be displayed.</translation>
    </message>
    <message>
        <source>Halaman %1 PDF ini tidak dapat ditampilkan.</source>
        <translation>Page %1 of this PDF cannot be displayed.</translation>
    </message>
    <message>
        <source>Halaman %1 tidak selesai ditampilkan; PDF ini terlalu rumit atau rusak.</source>
        <translation>Page %1 could not be displayed in time; this PDF is too complex or damaged.</translation>
    </message>
    <message>
        <source>Gambar ini terlalu besar (%1 × %2 piksel). Perkecil fotonya lalu unggah lagi.</source>
        <translation>This image is too large (%1 × %2 pixels). Make the photo smaller, then upload it again.</translation>
    </message>
    <message>
        <source>File %1 tidak ditemukan.</source>
        <translation>The file %1 was not found.</translation>
    </message>
    <message>
        <source>%1 bukan file biasa.</source>
        <translation>%1 is not a regular file.</translation>
    </message>
    <message>
        <source>File %1 tidak dapat dibaca: %2</source>
        <translation>The file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Ukuran file %1 melebihi batas %2 untuk diperkecil otomatis.</source>
        <translation>The file size %1 exceeds the limit of %2 for automatic shrinking.</translation>
    </message>
    <message>
        <source>File ini terlalu berat untuk diperkecil dan tidak diterima.</source>
        <translation>This file is too heavy to shrink and is not accepted.</translation>
    </message>
    <message>
        <source>Foto (%1) dijadikan PDF %2.</source>
        <translation>The photo (%1) was made into a PDF of %2.</translation>
    </message>
    <message>
        <source> Ketajaman hasil: %1.</source>
        <translation> Sharpness of the result: %1.</translation>
    </message>
</context>
<context>
    <name>karier::PdfInspector</name>
    <message>
        <source>File ini adalah %1, bukan PDF. Simpan atau pindai dokumen sebagai PDF lalu unggah lagi.</source>
        <translation>This file is a %1, not a PDF. Save or scan the document as PDF, then upload it again.</translation>
    </message>
    <message>
        <source>File ini tidak diawali tanda PDF (%PDF-) sehingga tidak diterima. Buka dan simpan ulang sebagai PDF lalu unggah lagi.</source>
        <translation>This file does not start with the PDF marker (%PDF-) and is not accepted. Open it and save it again as PDF, then upload it again.</translation>
    </message>
    <message>
        <source>File ini bukan PDF. Simpan atau pindai dokumen sebagai PDF lalu unggah lagi.</source>
        <translation>This file is not a PDF. Save or scan the document as PDF, then upload it again.</translation>
    </message>
    <message>
        <source> (%1 byte)</source>
        <translation> (%1 bytes)</translation>
    </message>
    <message>
        <source>Ukuran file %1 melebihi batas %2. Perkecil file (misalnya pindai dengan resolusi 150–200 dpi) lalu unggah lagi.</source>
        <translation>The file size %1 exceeds the limit of %2. Make the file smaller (for example scan at 150–200 dpi), then upload it again.</translation>
    </message>
    <message>
        <source>PDF ini rusak atau tidak dapat dibaca. Buka dan simpan ulang sebagai PDF, atau pindai ulang dokumennya, lalu unggah lagi.</source>
        <translation>This PDF is damaged or unreadable. Open it and save it again as PDF, or scan the document again, then upload it again.</translation>
    </message>
    <message>
        <source>PDF ini dilindungi kata sandi sehingga tidak dapat dibuka. Simpan ulang tanpa kata sandi lalu unggah lagi.</source>
        <translation>This PDF is password-protected and cannot be opened. Save it again without a password, then upload it again.</translation>
    </message>
    <message>
        <source>PDF ini tidak berisi halaman.</source>
        <translation>This PDF has no pages.</translation>
    </message>
    <message>
        <source>PDF ini berisi %1 halaman; batasnya %2 halaman. Unggah hanya halaman yang diperlukan.</source>
        <translation>This PDF has %1 pages; the limit is %2 pages. Upload only the pages that are needed.</translation>
    </message>
    <message>
        <source>PDF dapat diterima (1 halaman).</source>
        <translation>The PDF is accepted (1 page).</translation>
    </message>
    <message>
        <source>PDF dapat diterima (%1 halaman).</source>
        <translation>The PDF is accepted (%1 pages).</translation>
    </message>
    <message>
        <source> Halaman pertama tampak kosong; pastikan file yang dipilih benar.</source>
        <translation> The first page looks empty; make sure the right file was chosen.</translation>
    </message>
    <message>
        <source>File ini kosong (0 byte). Pilih file PDF dokumennya lalu unggah lagi.</source>
        <translation>This file is empty (0 bytes). Choose the PDF file of the document, then upload it again.</translation>
    </message>
    <message>
        <source>PDF ini terlalu berat untuk diperiksa dan tidak diterima.</source>
        <translation>This PDF is too heavy to check and is not accepted.</translation>
    </message>
    <message>
        <source>File %1 tidak ditemukan.</source>
        <translation>File %1 not found.</translation>
    </message>
    <message>
        <source>%1 bukan file biasa.</source>
        <translation>%1 is not a regular file.</translation>
    </message>
    <message>
        <source>File %1 tidak dapat dibaca: %2</source>
        <translation>File %1 cannot be read: %2</translation>
    </message>
    <message>
        <source> byte</source>
        <translation> bytes</translation>
    </message>
    <message>
        <source>gambar JPEG</source>
        <translation>JPEG image</translation>
    </message>
    <message>
        <source>gambar PNG</source>
        <translation>PNG image</translation>
    </message>
    <message>
        <source>gambar GIF</source>
        <translation>GIF image</translation>
    </message>
    <message>
        <source>gambar TIFF</source>
        <translation>TIFF image</translation>
    </message>
    <message>
        <source>gambar WebP</source>
        <translation>WebP image</translation>
    </message>
    <message>
        <source>gambar BMP</source>
        <translation>BMP image</translation>
    </message>
    <message>
        <source>foto HEIC/HEIF</source>
        <translation>HEIC/HEIF photo</translation>
    </message>
    <message>
        <source>dokumen Word (DOCX)</source>
        <translation>Word document (DOCX)</translation>
    </message>
    <message>
        <source>lembar kerja Excel (XLSX)</source>
        <translation>Excel spreadsheet (XLSX)</translation>
    </message>
    <message>
        <source>presentasi PowerPoint (PPTX)</source>
        <translation>PowerPoint presentation (PPTX)</translation>
    </message>
    <message>
        <source>dokumen OpenDocument (ODT/ODS)</source>
        <translation>OpenDocument file (ODT/ODS)</translation>
    </message>
    <message>
        <source>dokumen Microsoft Office (DOCX/XLSX)</source>
        <translation>Microsoft Office document (DOCX/XLSX)</translation>
    </message>
    <message>
        <source>arsip ZIP</source>
        <translation>ZIP archive</translation>
    </message>
    <message>
        <source>dokumen Microsoft Office lama (DOC/XLS)</source>
        <translation>old Microsoft Office document (DOC/XLS)</translation>
    </message>
    <message>
        <source>dokumen RTF</source>
        <translation>RTF document</translation>
    </message>
    <message>
        <source>dokumen PostScript</source>
        <translation>PostScript document</translation>
    </message>
    <message>
        <source>arsip RAR</source>
        <translation>RAR archive</translation>
    </message>
    <message>
        <source>arsip 7-Zip</source>
        <translation>7-Zip archive</translation>
    </message>
    <message>
        <source>arsip GZIP</source>
        <translation>GZIP archive</translation>
    </message>
    <message>
        <source>halaman web (HTML)</source>
        <translation>web page (HTML)</translation>
    </message>
    <message>
        <source>gambar SVG</source>
        <translation>SVG image</translation>
    </message>
    <message>
        <source>dokumen XML</source>
        <translation>XML document</translation>
    </message>
    <message>
        <source>Halaman %1 PDF ini rusak dan tidak dapat ditampilkan.</source>
        <translation>Page %1 of this PDF is damaged and cannot be shown.</translation>
    </message>
    <message>
        <source>Halaman %1 PDF ini tidak memiliki ukuran yang sah.</source>
        <translation>Page %1 of this PDF has no valid size.</translation>
    </message>
    <message>
        <source>Ukuran halaman %1 tidak wajar (%2 × %3 cm); dokumen tidak dapat ditampilkan.</source>
        <translation>The size of page %1 is implausible (%2 × %3 cm); the document cannot be shown.</translation>
    </message>
    <message>
        <source>Halaman %1 tidak selesai ditampilkan dalam %2 detik (batas waktu untuk seluruh dokumen); PDF ini terlalu rumit atau rusak. Simpan ulang atau pindai ulang dokumennya lalu unggah lagi.</source>
        <translation>Page %1 could not be shown within %2 seconds (the time limit for the whole document); this PDF is too complex or damaged. Save or scan the document again, then upload it again.</translation>
    </message>
    <message>
        <source>Halaman %1 PDF ini tidak dapat ditampilkan.</source>
        <translation>Page %1 of this PDF cannot be shown.</translation>
    </message>
    <message>
        <source> Dokumen tampak buram; pastikan tulisannya terbaca, atau pindai ulang dengan lebih tajam.</source>
        <translation> The document looks blurred; make sure the text is readable, or scan it again more sharply.</translation>
    </message>
    <message>
        <source>tidak terukur</source>
        <translation>not measurable</translation>
    </message>
    <message>
        <source>Tajam</source>
        <translation>Sharp</translation>
    </message>
    <message>
        <source>Cukup</source>
        <translation>Adequate</translation>
    </message>
    <message>
        <source>Buram</source>
        <translation>Blurred</translation>
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
    <name>karier::PegawaiDetailPanel</name>
    <message>
        <source>Pilih satu pegawai di tabel untuk melihat datanya, fakta NIP, Skor Arsip Digital, JP dan riwayatnya di sini.</source>
        <translation>Choose an employee in the table to see their data, NIP facts, Digital Archive Score, JP and records here.</translation>
    </message>
    <message>
        <source>&amp;Ubah…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Pin&amp;dahkan unit…</source>
        <translation>Move to another &amp;unit…</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <source>Perangkat Daerah</source>
        <translation>Regional agency</translation>
    </message>
    <message>
        <source>Jenis pegawai</source>
        <translation>Employee type</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>TMT</source>
        <translation>TMT</translation>
    </message>
    <message>
        <source>Skor Arsip Digital</source>
        <translation>Digital Archive Score</translation>
    </message>
    <message>
        <source>JP tahun ini</source>
        <translation>JP this year</translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Riwayat pegawai</source>
        <translation>Employee records</translation>
    </message>
    <message>
        <source>NIP %1</source>
        <translation>NIP %1</translation>
    </message>
    <message>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>%1 dari 100 (%2)</source>
        <translation>%1 of 100 (%2)</translation>
    </message>
    <message>
        <source>hanya untuk Admin BKPSDM</source>
        <translation>for Admin BKPSDM only</translation>
    </message>
    <message>
        <source>NIP tidak sah: %1</source>
        <translation>Invalid NIP: %1</translation>
    </message>
    <message>
        <source>Data sesuai dengan NIP.</source>
        <translation>The data agree with the NIP.</translation>
    </message>
    <message>
        <source>Tidak sesuai NIP:
%1</source>
        <translation>Not as in the NIP:
%1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Belum ada riwayat yang diajukan.</source>
        <translation>No records submitted yet.</translation>
    </message>
    <message>
        <source>Anda hanya melihat Tim Kerja pegawai ini; riwayat lain diverifikasi Admin BKPSDM.</source>
        <translation>You see only this employee&apos;s Tim Kerja; other records are verified by Admin BKPSDM.</translation>
    </message>
    <message>
        <source>%1 / %2 JP</source>
        <translation>%1 / %2 JP</translation>
    </message>
    <message>
        <source>(%1 JP menunggu verifikasi)</source>
        <translation>(%1 JP awaiting verification)</translation>
    </message>
    <message>
        <source>Klik dua kali atau tekan Enter untuk melihat rincian riwayat.</source>
        <translation>Double-click or press Enter to see the record&apos;s details.</translation>
    </message>
    <message>
        <source>klik dua kali untuk rinciannya</source>
        <translation>double-click for its details</translation>
    </message>
</context>
<context>
    <name>karier::PegawaiListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
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
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Unit Kerja</source>
        <translation>Work Unit</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>karier::PegawaiPage</name>
    <message>
        <source>Pegawai</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Data pegawai seluruh Perangkat Daerah: cari, lihat, tambah, ubah, pindahkan, serta impor dan ekspor CSV.</source>
        <translation>Employees of every regional agency: search, view, add, edit, move, and import and export CSV.</translation>
    </message>
    <message>
        <source>Pegawai %1. Anda dapat melihat datanya; perubahan dilakukan Admin BKPSDM.</source>
        <translation>Employees of %1. You can view their data; changes are made by Admin BKPSDM.</translation>
    </message>
    <message>
        <source>&amp;Tambah Pegawai…</source>
        <translation>&amp;Add Employee…</translation>
    </message>
    <message>
        <source>&amp;Impor CSV…</source>
        <translation>&amp;Import CSV…</translation>
    </message>
    <message>
        <source>&amp;Ekspor CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>Baris yang ditolak</source>
        <translation>Refused rows</translation>
    </message>
    <message>
        <source>Tutup daftar</source>
        <translation>Close list</translation>
    </message>
    <message>
        <source>Cari NIP atau nama</source>
        <translation>Search NIP or name</translation>
    </message>
    <message>
        <source>Unit kerja</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <source>Daftar pegawai</source>
        <translation>Employee list</translation>
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
        <source>Semua unit kerja</source>
        <translation>All work units</translation>
    </message>
    <message>
        <source>Semua unit %1</source>
        <translation>All units of %1</translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Tidak ada pegawai di unit ini.</source>
        <translation>No employees in this unit.</translation>
    </message>
    <message>
        <source>Tidak ada pegawai yang cocok dengan &quot;%1&quot;.</source>
        <translation>No employee matches &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Menampilkan %1 sampai %2 dari %n pegawai</source>
        <translation>
            <numerusform>Showing %1 to %2 of %n employee</numerusform>
            <numerusform>Showing %1 to %2 of %n employees</numerusform>
        </translation>
    </message>
    <message>
        <source>Impor Pegawai</source>
        <translation>Import Employees</translation>
    </message>
    <message>
        <source>Berkas CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Mengimpor…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Impor selesai: %1 baru, %2 diperbarui, %3 tidak berubah, %4 ditolak.</source>
        <translation>Import finished: %1 new, %2 updated, %3 unchanged, %4 refused.</translation>
    </message>
    <message>
        <source>Baris yang ditolak tercantum di bawah.</source>
        <translation>The refused rows are listed below.</translation>
    </message>
    <message>
        <source>Ekspor Pegawai</source>
        <translation>Export Employees</translation>
    </message>
    <message>
        <source>pegawai-%1.csv</source>
        <translation>employees-%1.csv</translation>
    </message>
    <message>
        <source>Berkas %1 tidak dapat ditulis: %2</source>
        <translation>File %1 cannot be written: %2</translation>
    </message>
    <message>
        <source>Berkas %1 tidak dapat disimpan: %2</source>
        <translation>File %1 cannot be saved: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n pegawai diekspor ke %1.</source>
        <translation>
            <numerusform>%n employee exported to %1.</numerusform>
            <numerusform>%n employees exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>karier::PenggunaListModel</name>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Nonaktif</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Terdaftar</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Belum</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>%1
Kata sandi sementara: wajib diganti saat masuk berikutnya.</source>
        <translation>%1
Temporary password: must be changed at the next login.</translation>
    </message>
    <message>
        <source>Mengelola %1</source>
        <translation>Manages %1</translation>
    </message>
    <message>
        <source>Aplikasi autentikator sudah didaftarkan.</source>
        <translation>An authenticator app is enrolled.</translation>
    </message>
    <message>
        <source>Login berikutnya mendaftarkan aplikasi autentikator dengan kode QR.</source>
        <translation>The next login enrols an authenticator app with the QR code.</translation>
    </message>
    <message>
        <source>Login terkunci sampai %1.</source>
        <translation>Login locked until %1.</translation>
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
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kode OTP</source>
        <translation>OTP Code</translation>
    </message>
    <message>
        <source>Terkunci sampai</source>
        <translation>Locked until</translation>
    </message>
</context>
<context>
    <name>karier::PenggunaPage</name>
    <message>
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>Akun pegawai yang dapat masuk ke Karier ASN: peran, Perangkat Daerah yang dikelola, kode OTP, dan kunci login. Setiap perubahan dicatat atas nama Anda.</source>
        <translation>The employee accounts that can log in to Karier ASN: role, regional agency managed, OTP code and login lock. Every change is recorded in your name.</translation>
    </message>
    <message>
        <source>Daftar akun</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>NIP atau nama</source>
        <translation>NIP or name</translation>
    </message>
    <message>
        <source>Cari akun</source>
        <translation>Search accounts</translation>
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
        <source>Nonaktifkan</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Belum ada akun.</source>
        <translation>No accounts yet.</translation>
    </message>
    <message>
        <source>Tidak ada akun yang cocok dengan &quot;%1&quot;.</source>
        <translation>No account matches &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>Menampilkan %1 sampai %2 dari %n akun</source>
        <translation>
            <numerusform>Showing %1 to %2 of %n account</numerusform>
            <numerusform>Showing %1 to %2 of %n accounts</numerusform>
        </translation>
    </message>
    <message>
        <source>Pilih sebuah akun di daftar untuk mengubahnya.</source>
        <translation>Select an account in the list to change it.</translation>
    </message>
    <message>
        <source>%1 adalah akun Anda sendiri: peran dan statusnya tidak diubah di sini. Ganti kata sandi Anda lewat Ganti kata sandi di bawah menu.</source>
        <translation>%1 is your own account: its role and status are not changed here. Change your password with Change password below the menu.</translation>
    </message>
    <message>
        <source>mengelola %1</source>
        <translation>manages %1</translation>
    </message>
    <message>
        <source>aktif</source>
        <translation>active</translation>
    </message>
    <message>
        <source>nonaktif</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>kode OTP terdaftar</source>
        <translation>OTP code enrolled</translation>
    </message>
    <message>
        <source>kode OTP belum didaftarkan</source>
        <translation>OTP code not enrolled yet</translation>
    </message>
    <message>
        <source>kata sandi sementara</source>
        <translation>temporary password</translation>
    </message>
    <message>
        <source>login terkunci sampai %1</source>
        <translation>login locked until %1</translation>
    </message>
    <message>
        <source>Dipilih: %1 (%2): %3.</source>
        <translation>Selected: %1 (%2): %3.</translation>
    </message>
    <message>
        <source>Aktifkan</source>
        <translation>Activate</translation>
    </message>
    <message>
        <source>Aktifkan kembali akun %1? Ia dapat masuk lagi dengan kata sandinya.</source>
        <translation>Activate the account of %1 again? They can log in again with their password.</translation>
    </message>
    <message>
        <source>Nonaktifkan akun %1? Ia tidak dapat masuk lagi; riwayat dan datanya tetap tersimpan.</source>
        <translation>Deactivate the account of %1? They can no longer log in; their history and data stay stored.</translation>
    </message>
    <message>
        <source>Akun %1 aktif kembali.</source>
        <translation>The account of %1 is active again.</translation>
    </message>
    <message>
        <source>Akun %1 dinonaktifkan; riwayatnya tetap tersimpan.</source>
        <translation>The account of %1 was deactivated; its history stays stored.</translation>
    </message>
    <message>
        <source>Atur ulang kode OTP %1? Aplikasi autentikator lamanya tidak berlaku lagi; saat masuk berikutnya ia memindai kode QR baru.</source>
        <translation>Reset the OTP code of %1? Their old authenticator app no longer works; at the next login they scan a new QR code.</translation>
    </message>
    <message>
        <source>Atur ulang</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Kode OTP %1 diatur ulang. Saat masuk berikutnya ia mendaftarkan aplikasi autentikator dengan kode QR.</source>
        <translation>The OTP code of %1 was reset. At the next login they enrol an authenticator app with the QR code.</translation>
    </message>
    <message>
        <source>Buka kunci login %1? Percobaan gagalnya dilupakan.</source>
        <translation>Unlock the login of %1? Their failed attempts are forgotten.</translation>
    </message>
    <message>
        <source>Kunci login %1 dibuka; ia dapat mencoba masuk lagi sekarang.</source>
        <translation>The login of %1 was unlocked; they can try to log in again now.</translation>
    </message>
    <message>
        <source>&amp;Tambah akun…</source>
        <translation>&amp;Add account…</translation>
    </message>
    <message>
        <source>Ubah &amp;peran…</source>
        <translation>Change &amp;role…</translation>
    </message>
    <message>
        <source>Non&amp;aktifkan</source>
        <translation>De&amp;activate</translation>
    </message>
    <message>
        <source>Atur ulang kata &amp;sandi…</source>
        <translation>Reset pa&amp;ssword…</translation>
    </message>
    <message>
        <source>Atur ulang &amp;OTP</source>
        <translation>Reset &amp;OTP</translation>
    </message>
    <message>
        <source>&amp;Buka kunci</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>&amp;Aktifkan</source>
        <translation>&amp;Activate</translation>
    </message>
</context>
<context>
    <name>karier::PrintChoiceDialog</name>
    <message>
        <source>&amp;Simpan sebagai file PDF</source>
        <translation>&amp;Save as a PDF file</translation>
    </message>
    <message>
        <source>&amp;Cetak ke pencetak</source>
        <translation>&amp;Print to a printer</translation>
    </message>
    <message>
        <source>&amp;Pencetak:</source>
        <translation>P&amp;rinter:</translation>
    </message>
    <message>
        <source>&amp;Jumlah salinan:</source>
        <translation>&amp;Copies:</translation>
    </message>
    <message>
        <source>Belum ada pencetak yang terpasang di komputer ini; laporan dapat disimpan sebagai PDF lalu dicetak dari komputer lain.</source>
        <translation>No printer is installed on this computer yet; the report can be saved as a PDF and printed from another computer.</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Lanjutkan</source>
        <translation>Continue</translation>
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
        <source>Tidak ada kode QR</source>
        <translation>No QR code</translation>
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
    <message>
        <source>Riwayat Proses</source>
        <translation>Process History</translation>
    </message>
    <message>
        <source>Belum ada catatan proses.</source>
        <translation>No process steps recorded yet.</translation>
    </message>
    <message>
        <source>Ubah</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Cetak / Simpan PDF…</source>
        <translation>Print / Save PDF…</translation>
    </message>
    <message>
        <source>Ringkasan Riwayat</source>
        <translation>Record Summary</translation>
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
    <name>karier::RecordService</name>
    <message>
        <source>Riwayat tidak ditemukan.</source>
        <translation>Record not found.</translation>
    </message>
    <message>
        <source>Jenis riwayat tidak dikenal.</source>
        <translation>Unknown record type.</translation>
    </message>
    <message>
        <source>%1 paling panjang %2 karakter.</source>
        <translation>%1 may be at most %2 characters long.</translation>
    </message>
    <message>
        <source>Riwayat tidak ditemukan; mungkin sudah dihapus.</source>
        <translation>Record not found; it may have been deleted.</translation>
    </message>
    <message>
        <source>Anda hanya dapat mengubah riwayat Anda sendiri.</source>
        <translation>You can only change your own records.</translation>
    </message>
    <message>
        <source>Jenis riwayat tidak dapat diubah.</source>
        <translation>The record type cannot be changed.</translation>
    </message>
    <message>
        <source>Riwayat ini berstatus %1 dan tidak dapat diubah lagi.</source>
        <translation>This record has the status %1 and can no longer be changed.</translation>
    </message>
    <message>
        <source>Riwayat ini sudah diubah di tempat lain. Muat ulang lalu ulangi perubahan Anda.</source>
        <translation>This record was changed elsewhere. Reload it, then make your change again.</translation>
    </message>
    <message>
        <source>%1 wajib diunggah (PDF).</source>
        <translation>%1 must be uploaded (PDF).</translation>
    </message>
    <message>
        <source>Anda hanya dapat menghapus riwayat Anda sendiri.</source>
        <translation>You can only delete your own records.</translation>
    </message>
    <message>
        <source>Riwayat berstatus %1 tidak dapat dihapus.</source>
        <translation>A record with the status %1 cannot be deleted.</translation>
    </message>
    <message>
        <source>Riwayat ini sudah diubah di tempat lain. Muat ulang dahulu.</source>
        <translation>This record was changed elsewhere. Reload it first.</translation>
    </message>
    <message>
        <source>Dokumen tidak ditemukan.</source>
        <translation>Document not found.</translation>
    </message>
    <message>
        <source>Anda tidak berhak membuka dokumen ini.</source>
        <translation>You are not allowed to open this document.</translation>
    </message>
    <message>
        <source>Isi dokumen tidak ditemukan.</source>
        <translation>The content of the document was not found.</translation>
    </message>
    <message>
        <source>%1 tidak dapat disimpan sebagai draf; kirim langsung.</source>
        <translation>%1 cannot be saved as a draft; send it right away.</translation>
    </message>
    <message>
        <source>Pengelola Kepegawaian hanya melihat Tim Kerja pegawai yang dikelolanya.</source>
        <translation>A Pengelola Kepegawaian sees only the Tim Kerja of the staff they manage.</translation>
    </message>
    <message>
        <source>Anda tidak berhak melihat JP pegawai ini.</source>
        <translation>You are not allowed to see this employee&apos;s JP.</translation>
    </message>
    <message>
        <source>Rekap JP hanya untuk Admin BKPSDM: Pengelola Kepegawaian tidak melihat Kursus pegawai.</source>
        <translation>The JP summary is for Admin BKPSDM only: a Pengelola Kepegawaian does not see employees&apos; courses.</translation>
    </message>
</context>
<context>
    <name>karier::RecordStorage</name>
    <message>
        <source>Dokumen harus berupa file PDF.</source>
        <translation>The document must be a PDF file.</translation>
    </message>
    <message>
        <source>Ukuran dokumen %1 melebihi batas %2.</source>
        <translation>The document size %1 exceeds the limit of %2.</translation>
    </message>
    <message>
        <source>Dokumen harus 1 sampai %1 halaman.</source>
        <translation>The document must have 1 to %1 pages.</translation>
    </message>
    <message>
        <source>Isi dokumen berbeda dengan yang diperiksa; dokumen tidak disimpan. Pilih file itu sekali lagi.</source>
        <translation>The content of the document differs from what was checked; the document was not saved. Choose the file once more.</translation>
    </message>
    <message>
        <source>Dokumen belum diperiksa; dokumen tidak disimpan. Pilih file itu sekali lagi.</source>
        <translation>The document has not been checked; it was not saved. Choose the file again.</translation>
    </message>
    <message>
        <source>Dokumen yang sama baru saja diubah oleh pengguna lain; simpan sekali lagi.</source>
        <translation>The same document has just been changed by another user; save once more.</translation>
    </message>
</context>
<context>
    <name>karier::RecordType</name>
    <message>
        <source>%1 tidak boleh di masa depan (hari ini %2).</source>
        <translation>%1 must not be in the future (today is %2).</translation>
    </message>
    <message>
        <source>Tanggal Mulai</source>
        <translation>Start Date</translation>
    </message>
    <message>
        <source>Tanggal Berakhir</source>
        <translation>End Date</translation>
    </message>
    <message>
        <source>Tanggal Berakhir tidak boleh sebelum Tanggal Mulai (%1).</source>
        <translation>The End Date must not be before the Start Date (%1).</translation>
    </message>
    <message>
        <source>Tahun Kursus harus sama dengan tahun Tanggal Mulai (%1).</source>
        <translation>The Course Year must be the year of the Start Date (%1).</translation>
    </message>
    <message>
        <source>Durasi %1 JP melebihi batas: paling banyak %2 JP per hari, jadi untuk kegiatan %3 hari paling banyak %4 JP.</source>
        <translation>A duration of %1 JP exceeds the limit: at most %2 JP per day, so at most %4 JP for an activity of %3 days.</translation>
    </message>
    <message>
        <source>Pada %1 total JP Anda menjadi %2 JP (kegiatan lain %3 JP), melebihi batas %4 JP per hari.</source>
        <translation>On %1 your total becomes %2 JP (other activities %3 JP), more than the limit of %4 JP per day.</translation>
    </message>
    <message>
        <source>Tanggal Sertifikat</source>
        <translation>Certificate Date</translation>
    </message>
    <message>
        <source>Masa Berlaku Selesai tidak boleh sebelum Masa Berlaku Mulai (%1).</source>
        <translation>Valid Until must not be before Valid From (%1).</translation>
    </message>
    <message>
        <source>Sertifikat ini sudah tidak berlaku sejak %1.</source>
        <translation>This certificate has no longer been valid since %1.</translation>
    </message>
    <message>
        <source>Satya Lencana selalu berskala Nasional.</source>
        <translation>A Satya Lencana is always of National scale.</translation>
    </message>
    <message>
        <source>Untuk Satya Lencana pilih Satyalancana Karya Satya X, XX atau XXX Tahun.</source>
        <translation>For a Satya Lencana choose Satyalancana Karya Satya X, XX or XXX Tahun.</translation>
    </message>
    <message>
        <source>Satyalancana Karya Satya hanya untuk Kelompok Penghargaan SATYA LENCANA.</source>
        <translation>Satyalancana Karya Satya is only for the award group SATYA LENCANA.</translation>
    </message>
    <message>
        <source>Tahun Perolehan tidak boleh sebelum tahun TMT CPNS Anda (%1).</source>
        <translation>The Year Received must not be before the year of your TMT CPNS (%1).</translation>
    </message>
    <message>
        <source>Tanggal Surat Keputusan</source>
        <translation>Decree Date</translation>
    </message>
    <message>
        <source>Tanggal Surat Keputusan (%1) tidak jatuh pada Tahun Perolehan %2; periksa kembali keduanya.</source>
        <translation>The Decree Date (%1) is not in the Year Received %2; check both again.</translation>
    </message>
    <message>
        <source>%1 memerlukan masa kerja sekurang-kurangnya %2 tahun; dari TMT CPNS %3 sampai %4 baru %5 tahun.</source>
        <translation>%1 requires at least %2 years of service; from the TMT CPNS %3 to %4 there are only %5 years.</translation>
    </message>
    <message>
        <source>Kursus</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Tambah Riwayat Sertifikasi — Kursus</source>
        <translation>Add Certification Record — Course</translation>
    </message>
    <message>
        <source>Dokumen Sertifikat Kursus</source>
        <translation>Course Certificate Document</translation>
    </message>
    <message>
        <source>Jenis Kursus</source>
        <translation>Course Type</translation>
    </message>
    <message>
        <source>Misalnya Sosialisasi, Bimbingan Teknis, Seminar.</source>
        <translation>For example Sosialisasi, Bimbingan Teknis, Seminar.</translation>
    </message>
    <message>
        <source>Klasifikasi Kursus</source>
        <translation>Course Classification</translation>
    </message>
    <message>
        <source>Nama Kursus</source>
        <translation>Course Name</translation>
    </message>
    <message>
        <source>Tulis sesuai sertifikat.</source>
        <translation>Write it as on the certificate.</translation>
    </message>
    <message>
        <source>contoh: Sosialisasi Pelaporan LHKPN Tahun 2026</source>
        <translation>e.g. Sosialisasi Pelaporan LHKPN Tahun 2026</translation>
    </message>
    <message>
        <source>Institusi Penyelenggara</source>
        <translation>Organising Institution</translation>
    </message>
    <message>
        <source>contoh: BKPSDM Kota Surakarta</source>
        <translation>e.g. BKPSDM Kota Surakarta</translation>
    </message>
    <message>
        <source>Nomor Sertifikat</source>
        <translation>Certificate Number</translation>
    </message>
    <message>
        <source>contoh: 20/BKPSDM/003/I/2026</source>
        <translation>e.g. 20/BKPSDM/003/I/2026</translation>
    </message>
    <message>
        <source>Tahun Kursus</source>
        <translation>Course Year</translation>
    </message>
    <message>
        <source>Sama dengan tahun Tanggal Mulai.</source>
        <translation>The same as the year of the Start Date.</translation>
    </message>
    <message>
        <source>Durasi (jam)</source>
        <translation>Duration (hours)</translation>
    </message>
    <message>
        <source>Dalam JP (jam pelajaran, 45 menit); paling banyak 8 JP per hari kegiatan.</source>
        <translation>In lesson hours (JP, 45 minutes); at most 8 JP per day of the activity.</translation>
    </message>
    <message>
        <source>Sertifikasi</source>
        <translation>Certification</translation>
    </message>
    <message>
        <source>Tambah Riwayat Sertifikasi — Sertifikasi</source>
        <translation>Add Certification Record — Certification</translation>
    </message>
    <message>
        <source>Dokumen Sertifikat Kompetensi</source>
        <translation>Competence Certificate Document</translation>
    </message>
    <message>
        <source>Gelar Depan</source>
        <translation>Title Before Name</translation>
    </message>
    <message>
        <source>Isi bila sertifikat memberi gelar di depan nama.</source>
        <translation>Fill in if the certificate grants a title before the name.</translation>
    </message>
    <message>
        <source>Letak Gelar</source>
        <translation>Title Position</translation>
    </message>
    <message>
        <source>Gelar Belakang</source>
        <translation>Title After Name</translation>
    </message>
    <message>
        <source>Isi bila sertifikat memberi gelar di belakang nama.</source>
        <translation>Fill in if the certificate grants a title after the name.</translation>
    </message>
    <message>
        <source>Masa Berlaku Selesai</source>
        <translation>Valid Until</translation>
    </message>
    <message>
        <source>Kosongkan bila sertifikat berlaku seumur hidup.</source>
        <translation>Leave empty if the certificate is valid for life.</translation>
    </message>
    <message>
        <source>Klasifikasi Sertifikasi</source>
        <translation>Certification Classification</translation>
    </message>
    <message>
        <source>Nama Sertifikasi</source>
        <translation>Certification Name</translation>
    </message>
    <message>
        <source>contoh: Sertifikat Kompetensi Pengadaan Barang/Jasa Tingkat Dasar</source>
        <translation>e.g. Sertifikat Kompetensi Pengadaan Barang/Jasa Tingkat Dasar</translation>
    </message>
    <message>
        <source>Masa Berlaku Mulai</source>
        <translation>Valid From</translation>
    </message>
    <message>
        <source>Lembaga Sertifikasi</source>
        <translation>Certification Body</translation>
    </message>
    <message>
        <source>Pilih dari daftar atau ketik nama lembaga, misalnya LKPP.</source>
        <translation>Choose from the list or type the name of the body, for example LKPP.</translation>
    </message>
    <message>
        <source>Penghargaan</source>
        <translation>Award</translation>
    </message>
    <message>
        <source>Tambah Riwayat Penghargaan</source>
        <translation>Add Award Record</translation>
    </message>
    <message>
        <source>Dokumen Sertifikat Penghargaan</source>
        <translation>Award Certificate Document</translation>
    </message>
    <message>
        <source>Skala Penghargaan</source>
        <translation>Award Scale</translation>
    </message>
    <message>
        <source>Pilih sesuai ruang lingkup penghargaan; Satya Lencana selalu Nasional.</source>
        <translation>Choose by the scope of the award; a Satya Lencana is always Nasional.</translation>
    </message>
    <message>
        <source>Kelompok Penghargaan</source>
        <translation>Award Group</translation>
    </message>
    <message>
        <source>PENGHARGAAN LAINNYA, kecuali Satyalancana Karya Satya.</source>
        <translation>PENGHARGAAN LAINNYA, except Satyalancana Karya Satya.</translation>
    </message>
    <message>
        <source>Jenis Penghargaan</source>
        <translation>Award Type</translation>
    </message>
    <message>
        <source>Tahun Perolehan</source>
        <translation>Year Received</translation>
    </message>
    <message>
        <source>Sesuai yang tertulis pada sertifikat.</source>
        <translation>As written on the certificate.</translation>
    </message>
    <message>
        <source>Nomor Surat Keputusan</source>
        <translation>Decree Number</translation>
    </message>
    <message>
        <source>Januari</source>
        <translation>January</translation>
    </message>
    <message>
        <source>Februari</source>
        <translation>February</translation>
    </message>
    <message>
        <source>Maret</source>
        <translation>March</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>Mei</source>
        <translation>May</translation>
    </message>
    <message>
        <source>Juni</source>
        <translation>June</translation>
    </message>
    <message>
        <source>Juli</source>
        <translation>July</translation>
    </message>
    <message>
        <source>Agustus</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>Oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>Desember</source>
        <translation>December</translation>
    </message>
    <message>
        <source>%1 wajib diisi.</source>
        <translation>%1 is required.</translation>
    </message>
    <message>
        <source>%1 paling panjang %2 karakter (sekarang %3).</source>
        <translation>%1 may be at most %2 characters long (now %3).</translation>
    </message>
    <message>
        <source>%1 harus berupa angka bulat.</source>
        <translation>%1 must be a whole number.</translation>
    </message>
    <message>
        <source>%1 paling sedikit %2.</source>
        <translation>%1 must be at least %2.</translation>
    </message>
    <message>
        <source>%1 paling banyak %2.</source>
        <translation>%1 must be at most %2.</translation>
    </message>
    <message>
        <source>%1 harus tahun antara 1950 dan %2.</source>
        <translation>%1 must be a year between 1950 and %2.</translation>
    </message>
    <message>
        <source>%1 bukan tanggal yang sah.</source>
        <translation>%1 is not a valid date.</translation>
    </message>
    <message>
        <source>Pilih %1 dari daftar.</source>
        <translation>Choose %1 from the list.</translation>
    </message>
    <message>
        <source>%1 paling panjang %2 karakter.</source>
        <translation>%1 may be at most %2 characters long.</translation>
    </message>
    <message>
        <source>Anda sudah memiliki riwayat dengan Nomor Sertifikat ini: %1.</source>
        <translation>You already have a record with this Certificate Number: %1.</translation>
    </message>
    <message>
        <source>Tgl Surat Keputusan / Surat Perintah Penugasan tidak boleh di masa depan (hari ini %1).</source>
        <translation>The Decree / Assignment Letter Date must not be in the future (today is %1).</translation>
    </message>
    <message>
        <source>Kode Kegiatan wajib diisi: tekan F2 atau klik Buat Kode Baru.</source>
        <translation>The activity code is required: press F2 or click Create New Code.</translation>
    </message>
    <message>
        <source>Kode Kegiatan &quot;%1&quot; tidak sah: tekan F2 atau klik Buat Kode Baru.</source>
        <translation>The activity code &quot;%1&quot; is not valid: press F2 or click Create New Code.</translation>
    </message>
    <message>
        <source>Tim Kerja</source>
        <translation>Work Team</translation>
    </message>
    <message>
        <source>Form Tim Kerja</source>
        <translation>Work Team Form</translation>
    </message>
    <message>
        <source>URL Bukti Dukung</source>
        <translation>Evidence URL</translation>
    </message>
    <message>
        <source>Kode Kegiatan</source>
        <translation>Activity Code</translation>
    </message>
    <message>
        <source>Tekan F2 atau klik Buat Kode Baru. Kode ini menyimpan ID data Anda, supaya bisa tersimpan.</source>
        <translation>Press F2 or click Create New Code. The code holds the ID of your entry so that it can be saved.</translation>
    </message>
    <message>
        <source>Nama Tim Kerja / Nama Penugasan</source>
        <translation>Work Team Name / Assignment Name</translation>
    </message>
    <message>
        <source>Tulis sesuai Surat Keputusan / Surat Perintah Penugasan.</source>
        <translation>Write it as in the decree / assignment letter.</translation>
    </message>
    <message>
        <source>contoh: Tim Pelaksana Reformasi Birokrasi Kota Surakarta</source>
        <translation>e.g. Tim Pelaksana Reformasi Birokrasi Kota Surakarta</translation>
    </message>
    <message>
        <source>Unggah SK Tim Kerja / Penugasan ke Google Drive / Cloud, lalu salin tautannya ke sini. Pastikan tautan tidak privat supaya dapat dicek oleh tim verifikator.</source>
        <translation>Upload the work team decree / assignment letter to Google Drive or another cloud, then copy its link here. Make sure the link is not private so that the verifiers can check it.</translation>
    </message>
    <message>
        <source>Tgl Surat Keputusan / Surat Perintah Penugasan</source>
        <translation>Decree / Assignment Letter Date</translation>
    </message>
    <message>
        <source>Tanggal yang tertulis pada Surat Keputusan / Surat Perintah Penugasan.</source>
        <translation>The date written on the decree / assignment letter.</translation>
    </message>
    <message>
        <source>Keterangan SK</source>
        <translation>Decree Status</translation>
    </message>
    <message>
        <source>Pilih kondisi SK saat ini.</source>
        <translation>Choose the current state of the decree.</translation>
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
        <source>Dokumen Arsip DMS</source>
        <translation>DMS Archive Document</translation>
    </message>
    <message>
        <source>Unggah Dokumen Arsip DMS</source>
        <translation>Upload DMS Archive Document</translation>
    </message>
    <message>
        <source>Dokumen Arsip</source>
        <translation>Archive document</translation>
    </message>
    <message>
        <source>Kategori Arsip</source>
        <translation>Archive category</translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Dokumen untuk riwayat ini, mis. ijazah atau SK.</source>
        <translation>The document for this record, e.g. a diploma or a decree.</translation>
    </message>
    <message>
        <source>Skala</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Nomor SK</source>
        <translation>Decree No.</translation>
    </message>
    <message>
        <source>Tanggal SK</source>
        <translation>Decree Date</translation>
    </message>
    <message numerus="yes">
        <source>%n jam</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>Isi sesuai dokumen yang diunggah. Kolom bertanda %1 wajib diisi.</source>
        <translation>Fill in as shown on the uploaded document. Fields marked %1 are required.</translation>
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
        <source>Mengirim…</source>
        <translation>Submitting…</translation>
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
        <source>Dokumen tampak buram, sehingga tulisannya mungkin sulit dibaca verifikator. Sebaiknya pindai ulang dengan lebih jelas (150–300 dpi). Anda tetap dapat melanjutkan.</source>
        <translation>The document looks blurred, so the verifier may find the text hard to read. Better scan it again more sharply (150–300 dpi). You can still continue.</translation>
    </message>
    <message>
        <source>Halaman pertama dokumen tampak kosong. Pastikan file yang dipilih sudah benar. Anda tetap dapat melanjutkan.</source>
        <translation>The first page of the document looks blank. Make sure you chose the right file. You can still continue.</translation>
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
        <source>%1 %n isian dari daftar tidak akan menerima.</source>
        <translation>
            <numerusform>%1 %n entry of the list will not receive it.</numerusform>
            <numerusform>%1 %n entries of the list will not receive it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Isi sesuai sertifikat. Kolom bertanda %1 wajib diisi.</source>
        <translation>Fill in as shown on the certificate. Fields marked %1 are required.</translation>
    </message>
    <message>
        <source>Jadikan PDF yang sesuai</source>
        <translation>Make a fitting PDF</translation>
    </message>
    <message>
        <source>Batalkan</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Jangan pakai PDF hasil penyesuaian; pilih file lain</source>
        <translation>Do not use the fitted PDF; choose another file</translation>
    </message>
    <message>
        <source>Silakan unggah dokumen sertifikat dalam format PDF; foto (JPG/PNG) atau PDF yang terlalu besar dijadikan PDF yang sesuai secara otomatis</source>
        <translation>Please upload the certificate as a PDF; a photo (JPG/PNG) or a PDF that is too large is made into a fitting PDF automatically</translation>
    </message>
    <message>
        <source>Menjadikan PDF yang sesuai (paling besar %1)…</source>
        <translation>Making a fitting PDF (at most %1)…</translation>
    </message>
    <message>
        <source>Dokumen tidak dapat dijadikan PDF yang sesuai. Coba lagi.</source>
        <translation>The document could not be made into a fitting PDF. Try again.</translation>
    </message>
    <message>
        <source>Dibatalkan; file asli tidak diubah. Pilih file lain, atau klik &quot;Jadikan PDF yang sesuai&quot;.</source>
        <translation>Cancelled; the original file was not changed. Choose another file, or click &quot;Make a fitting PDF&quot;.</translation>
    </message>
    <message>
        <source>PDF hasil penyesuaian tidak dipakai. Pilih file lain, atau klik &quot;Jadikan PDF yang sesuai&quot; untuk membuatnya lagi.</source>
        <translation>The fitted PDF is not used. Choose another file, or click &quot;Make a fitting PDF&quot; to make it again.</translation>
    </message>
    <message>
        <source>Catatan: data yang dikirim akan diverifikasi dan disetujui oleh Admin BKPSDM; lama prosesnya dapat berbeda-beda.</source>
        <translation>Note: submitted data is verified and approved by the BKPSDM Admin; processing times may vary.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; berhasil dikirim dan menunggu verifikasi Admin BKPSDM. Statusnya dapat Anda pantau di halaman %3.</source>
        <translation>%1 &quot;%2&quot; was submitted and awaits verification by the BKPSDM Admin. You can follow its status on the %3 page.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; berhasil dikirim dan menunggu verifikasi Admin BKPSDM.</source>
        <translation>%1 &quot;%2&quot; was submitted and awaits verification by the BKPSDM Admin.</translation>
    </message>
    <message>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Pilih dokumen yang memenuhi persyaratan untuk melanjutkan</source>
        <translation>Choose a document that meets the requirements to continue</translation>
    </message>
    <message>
        <source>Kosongkan tanggal (Ctrl+Delete di kolom tanggal)</source>
        <translation>Clear the date (Ctrl+Delete in the date field)</translation>
    </message>
    <message>
        <source>Draf tersimpan pukul %1. Anda dapat melanjutkannya nanti dari halaman %2.</source>
        <translation>Draft saved at %1. You can continue it later from the %2 page.</translation>
    </message>
    <message>
        <source>Draf tersimpan pukul %1.</source>
        <translation>Draft saved at %1.</translation>
    </message>
    <message numerus="yes">
        <source>Ukuran %1 · %n halaman</source>
        <translation>
            <numerusform>Size %1 · %n page</numerusform>
            <numerusform>Size %1 · %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Apakah anda yakin? Riwayat ini akan dikirim untuk diverifikasi dan tidak dapat diubah selama diverifikasi.</source>
        <translation>Are you sure? This record will be sent for verification and cannot be changed while it is being verified.</translation>
    </message>
</context>
<context>
    <name>karier::ReferenceLists</name>
    <message>
        <source>Berlaku</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Tidak Berlaku</source>
        <translation>No Longer Valid</translation>
    </message>
    <message>
        <source>Lintas Perangkat Daerah</source>
        <translation>Across Regional Agencies</translation>
    </message>
    <message>
        <source>Internal Perangkat Daerah</source>
        <translation>Within the Regional Agency</translation>
    </message>
    <message>
        <source>Ketua</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Anggota</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Apabila SK dibuat sejak lama, tetapi masih berlaku sampai dengan saat ini. Contoh: Anda menjadi anggota tim PAKSI; SK sudah terbit sejak 2022, tetapi sampai saat ini masih berlaku.</source>
        <translation>When the decree was issued long ago but is still in force today. Example: you are a member of the PAKSI team; the decree was issued in 2022 and is still in force.</translation>
    </message>
    <message>
        <source>Apabila SK yang sudah dibuat sudah tidak berlaku. Contoh: Anda menjadi anggota tim Pemilihan Umum; SK diterbitkan pada 2024, tetapi saat ini sudah tidak berlaku.</source>
        <translation>When the decree is no longer in force. Example: you were a member of the General Election team; the decree was issued in 2024 but is no longer in force.</translation>
    </message>
    <message>
        <source>Apabila Tim Kerja / Tim Penugasan tersebut melibatkan lintas perangkat daerah.</source>
        <translation>When the work team / assignment team involves several regional agencies.</translation>
    </message>
    <message>
        <source>Apabila Tim Kerja / Tim Penugasan tersebut hanya internal dalam perangkat daerah.</source>
        <translation>When the work team / assignment team is internal to one regional agency.</translation>
    </message>
    <message>
        <source>Apabila kedudukan dalam Tim sebagai Ketua.</source>
        <translation>When your position in the team is Chair.</translation>
    </message>
    <message>
        <source>Apabila kedudukan dalam Tim sebagai Anggota.</source>
        <translation>When your position in the team is Member.</translation>
    </message>
    <message>
        <source>Penghargaan pada ASN yang patut ditiru sebagai teladan dan dicontoh karena memiliki integritas, kompetensi, kinerja dan inovasi yang tinggi dalam memajukan organisasi, memiliki inovasi dalam mendukung pelaksanaan tugas. Contoh: Kompetisi Anugerah ASN Nasional kategori ASN Teladan.</source>
        <translation>An award to a civil servant who deserves to be followed as a role model for high integrity, competence, performance and innovation in advancing the organisation, and for innovation in carrying out their duties. Example: the National ASN Award competition, category ASN Teladan.</translation>
    </message>
    <message>
        <source>ASN yang dipilih dan ditetapkan berdasarkan penilaian terhadap integritas, disiplin dan berkinerja minimal baik serta inovatif dalam melaksanakan tugas dan berdampak bagi organisasi. Contoh: Penghargaan ASN Berprestasi tingkat Pemerintah Kota Surakarta.</source>
        <translation>A civil servant chosen and named after an assessment of integrity, discipline, at least good performance and innovation in their duties with an effect on the organisation. Example: the ASN Berprestasi award of the Surakarta City Government.</translation>
    </message>
    <message>
        <source>Penghargaan diberikan pada ASN yang dapat menggerakkan, membangkitkan, dan memberikan semangat bagi diri sendiri dan lingkungannya untuk sesuatu yang positif dan berguna, memiliki kiprah nyata dan/atau karya inovasi yang inspiratif dan yang berdampak terhadap peningkatan kualitas pelayanan publik. Contoh: Lomba Gender Champion; Lomba Agen Perubahan.</source>
        <translation>Given to a civil servant who moves, awakens and encourages themselves and those around them towards something positive and useful, with real work and/or inspiring innovations that improve public services. Example: the Gender Champion contest; the Agents of Change contest.</translation>
    </message>
    <message>
        <source>Penghargaan diberikan pada ASN yang menginisiasi, menciptakan gagasan kreatif, terobosan, atau modifikasi pelayanan publik untuk meningkatkan efektivitas dan kualitas kerja yang berdampak bagi pengguna layanan. Contoh: Gelar Inovasi Perangkat Daerah.</source>
        <translation>Given to a civil servant who initiates or creates creative ideas, breakthroughs or changes to public services that make work more effective and better for the people served. Example: the Regional Agency Innovation Showcase.</translation>
    </message>
    <message>
        <source>Penghargaan pada ASN yang memiliki rekam jejak, integritas, dan moralitas yang baik serta memiliki penilaian kinerja minimal baik dengan memiliki inovasi dan prestasi yang berdampak bagi instansi. Contoh: ASN Berprestasi Perangkat Daerah Bulanan (ASN Pelayanan Publik).</source>
        <translation>An award to a civil servant with a good track record, integrity and morals, at least good performance, and innovations and achievements that benefit the agency. Example: the monthly ASN Berprestasi of a regional agency (public service ASN).</translation>
    </message>
    <message>
        <source>Untuk masa kerja sekurang-kurangnya 10 tahun sejak TMT CPNS.</source>
        <translation>For at least 10 years of service since the TMT as a candidate civil servant (CPNS).</translation>
    </message>
    <message>
        <source>Untuk masa kerja sekurang-kurangnya 20 tahun sejak TMT CPNS.</source>
        <translation>For at least 20 years of service since the TMT as a candidate civil servant (CPNS).</translation>
    </message>
    <message>
        <source>Untuk masa kerja sekurang-kurangnya 30 tahun sejak TMT CPNS.</source>
        <translation>For at least 30 years of service since the TMT as a candidate civil servant (CPNS).</translation>
    </message>
    <message>
        <source>Semua penghargaan selain Satya Lencana.</source>
        <translation>Every award other than a Satya Lencana.</translation>
    </message>
    <message>
        <source>Satyalancana Karya Satya dari Presiden; skala Nasional.</source>
        <translation>The Satyalancana Karya Satya from the President; national scale.</translation>
    </message>
    <message>
        <source>Apabila penghargaan diterima dalam lingkup Unit Kerja, Sub Unit Kerja, dan Perangkat Daerah.</source>
        <translation>When the award was received within a work unit, sub-unit or regional agency.</translation>
    </message>
    <message>
        <source>Apabila penghargaan diterima dalam lingkup Kabupaten/Kota.</source>
        <translation>When the award was received at regency or city level.</translation>
    </message>
    <message>
        <source>Apabila penghargaan diterima dalam lingkup Regional/Provinsi.</source>
        <translation>When the award was received at regional or provincial level.</translation>
    </message>
    <message>
        <source>Apabila penghargaan diterima dalam lingkup Nasional. Satya Lencana selalu berskala Nasional.</source>
        <translation>When the award was received at national level. A Satya Lencana is always national.</translation>
    </message>
    <message>
        <source>Apabila penghargaan diterima dalam lingkup Internasional.</source>
        <translation>When the award was received at international level.</translation>
    </message>
</context>
<context>
    <name>karier::ReportPdf</name>
    <message>
        <source>Dicetak %1</source>
        <translation>Printed %1</translation>
    </message>
    <message>
        <source>Halaman %1 dari %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Laporan PDF memerlukan aplikasi grafis (huruf).</source>
        <translation>PDF reports need a graphical application (fonts).</translation>
    </message>
    <message>
        <source>Laporan tidak dapat digambar: pencetak atau file tidak siap.</source>
        <translation>The report cannot be drawn: the printer or file is not ready.</translation>
    </message>
    <message>
        <source>Halaman terlalu kecil untuk laporan ini.</source>
        <translation>The page is too small for this report.</translation>
    </message>
    <message>
        <source>Halaman %1 laporan tidak dapat dibuat.</source>
        <translation>Page %1 of the report cannot be made.</translation>
    </message>
    <message>
        <source>Laporan tidak dapat diselesaikan.</source>
        <translation>The report cannot be finished.</translation>
    </message>
    <message>
        <source>File %1 tidak dapat ditulis: %2</source>
        <translation>File %1 cannot be written: %2</translation>
    </message>
    <message>
        <source>File %1 tidak dapat disimpan: %2</source>
        <translation>File %1 cannot be saved: %2</translation>
    </message>
</context>
<context>
    <name>karier::ReportPrinting</name>
    <message>
        <source>Menyiapkan laporan…</source>
        <translation>Preparing the report…</translation>
    </message>
    <message numerus="yes">
        <source>Laporan disimpan ke %1 (%n halaman).</source>
        <translation>
            <numerusform>Report saved to %1 (%n page).</numerusform>
            <numerusform>Report saved to %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Laporan dikirim ke pencetak %1 (%n halaman).</source>
        <translation>
            <numerusform>Report sent to printer %1 (%n page).</numerusform>
            <numerusform>Report sent to printer %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cetak %1</source>
        <translation>Print %1</translation>
    </message>
</context>
<context>
    <name>karier::ReportService</name>
    <message>
        <source>%1 byte</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>Belum ada Perangkat Daerah.</source>
        <translation>There is no Perangkat Daerah yet.</translation>
    </message>
    <message>
        <source>Perangkat Daerah tidak ditemukan atau tidak aktif.</source>
        <translation>Perangkat Daerah not found or inactive.</translation>
    </message>
    <message>
        <source>Tahun %1 tidak sah.</source>
        <translation>Year %1 is not valid.</translation>
    </message>
    <message>
        <source>Rekap JP Tahun %1</source>
        <translation>JP Summary %1</translation>
    </message>
    <message>
        <source>Perangkat Daerah: %1</source>
        <translation>Perangkat Daerah: %1</translation>
    </message>
    <message>
        <source>Semua Perangkat Daerah (%1)</source>
        <translation>All Perangkat Daerah (%1)</translation>
    </message>
    <message>
        <source>JP (jam pelajaran) dari Kursus yang disetujui dengan tanggal mulai pada tahun %1; target %2 JP per pegawai per tahun.</source>
        <translation>JP (lesson hours) from approved courses starting in %1; target %2 JP per employee per year.</translation>
    </message>
    <message>
        <source>0–%1 JP</source>
        <translation>0–%1 JP</translation>
    </message>
    <message>
        <source>%1–%2 JP</source>
        <translation>%1–%2 JP</translation>
    </message>
    <message>
        <source>≥ %1 JP</source>
        <translation>≥ %1 JP</translation>
    </message>
    <message>
        <source>Perangkat Daerah</source>
        <translation>Regional agency</translation>
    </message>
    <message>
        <source>Pegawai</source>
        <translation>Employees</translation>
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
        <source>Satker</source>
        <translation>Work unit</translation>
    </message>
    <message>
        <source>JP</source>
        <translation>JP</translation>
    </message>
    <message>
        <source>Semua pegawai mencapai %1 JP.</source>
        <translation>Every employee reached %1 JP.</translation>
    </message>
    <message>
        <source>Pegawai: %1 · %2: %3 · %4: %5 · %6: %7</source>
        <translation>Employees: %1 · %2: %3 · %4: %5 · %6: %7</translation>
    </message>
    <message>
        <source>Pegawai di bawah %1 JP:</source>
        <translation>Employees under %1 JP:</translation>
    </message>
    <message>
        <source>Ringkasan per Perangkat Daerah</source>
        <translation>Summary per Perangkat Daerah</translation>
    </message>
    <message>
        <source>Laporan Kekurangan Berkas DMS</source>
        <translation>DMS Missing Documents Report</translation>
    </message>
    <message>
        <source>Skor Arsip Digital dihitung dari riwayat dan dokumen saat laporan dibuat; tiap dokumen yang belum ada disertai poin yang ditambahkannya setelah diverifikasi.</source>
        <translation>The Digital Archive Score is computed from the records and documents when the report is made; each missing document shows the points it adds once verified.</translation>
    </message>
    <message>
        <source>Rata-rata</source>
        <translation>Average</translation>
    </message>
    <message>
        <source>Di bawah 100</source>
        <translation>Under 100</translation>
    </message>
    <message>
        <source>Nama / Satker</source>
        <translation>Name / Work unit</translation>
    </message>
    <message>
        <source>Skor</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Dokumen yang belum ada (poin)</source>
        <translation>Missing documents (points)</translation>
    </message>
    <message>
        <source>Semua pegawai berskor 100.</source>
        <translation>Every employee scores 100.</translation>
    </message>
    <message>
        <source>Pegawai: %1 · rata-rata skor: %2 · di bawah 100: %3</source>
        <translation>Employees: %1 · average score: %2 · under 100: %3</translation>
    </message>
    <message>
        <source>%1: %2 · %3: %4 · %5: %6 · %7: %8</source>
        <translation>%1: %2 · %3: %4 · %5: %6 · %7: %8</translation>
    </message>
    <message>
        <source>Ringkasan Riwayat %1</source>
        <translation>Record Summary %1</translation>
    </message>
    <message>
        <source>%1 · NIP %2 · %3</source>
        <translation>%1 · NIP %2 · %3</translation>
    </message>
    <message>
        <source>(belum bernama)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Isi</source>
        <translation>Content</translation>
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
        <source>Catatan verifikator</source>
        <translation>Verifier&apos;s note</translation>
    </message>
    <message>
        <source>Dokumen</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Nama file</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>Halaman</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Riwayat proses</source>
        <translation>Process history</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Proses</source>
        <translation>Process</translation>
    </message>
    <message>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Belum ada proses tercatat.</source>
        <translation>No process recorded yet.</translation>
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
    <message>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message numerus="yes">
        <source>%1 dari %n riwayat ditampilkan</source>
        <translation>
            <numerusform>Showing %1 of %n record</numerusform>
            <numerusform>Showing %1 of %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Berhasil: %n riwayat %1 tersimpan dengan status Disetujui, satu dokumen untuk semuanya.</source>
        <translation>
            <numerusform>Done: %n %1 record saved as Approved, one document for all of them.</numerusform>
            <numerusform>Done: %n %1 records saved as Approved, one document for all of them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>karier::Role</name>
    <message>
        <source>ASN</source>
        <translation>ASN</translation>
    </message>
    <message>
        <source>Pengelola Kepegawaian</source>
        <translation>HR Officer</translation>
    </message>
    <message>
        <source>Admin BKPSDM</source>
        <translation>BKPSDM Admin</translation>
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
    <message>
        <source>kosong: terenkripsi, sertifikat server tidak diperiksa</source>
        <translation>empty: encrypted, server certificate not checked</translation>
    </message>
    <message>
        <source>Sertifikat CA server</source>
        <translation>Server CA certificate</translation>
    </message>
    <message>
        <source>Pilih sertifikat CA server</source>
        <translation>Choose the server CA certificate</translation>
    </message>
    <message>
        <source>Sertifikat PEM (*.pem *.crt *.cer);;Semua berkas (*)</source>
        <translation>PEM certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>Setiap pegawai masuk ke server dengan NIP dan kata sandinya sendiri; komputer ini tidak menyimpan kata sandi database. Koneksi ke server di komputer lain selalu dienkripsi (TLS). Dengan sertifikat CA (berkas PEM), sertifikat dan nama server juga diperiksa.</source>
        <translation>Every employee logs in to the server with their own NIP and password; this computer keeps no database password. A connection to a server on another computer is always encrypted (TLS). With a CA certificate (PEM file), the server&apos;s certificate and name are checked too.</translation>
    </message>
    <message>
        <source>Tersimpan untuk komputer ini: %1 (dipakai bila Karier ASN dimulai tanpa --database atau KARIER_DATABASE).</source>
        <translation>Stored for this computer: %1 (used when Karier ASN starts without --database or KARIER_DATABASE).</translation>
    </message>
    <message>
        <source>Cadangan database (Admin BKPSDM)</source>
        <translation>Database backup (Admin BKPSDM)</translation>
    </message>
    <message>
        <source>Salinan utuh database SQLite ini, juga saat sedang dipakai, diperiksa keutuhannya. Memulihkan mengganti seluruh data dengan isi cadangan; database yang sekarang disimpan di sampingnya, dan Karier ASN harus dibuka ulang.</source>
        <translation>A whole copy of this SQLite database, also while it is in use, checked for integrity. Restoring replaces all data with the backup&apos;s content; the current database is kept beside it, and Karier ASN must be opened again.</translation>
    </message>
    <message>
        <source>Cadangkan…</source>
        <translation>Back up…</translation>
    </message>
    <message>
        <source>Pulihkan…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Cadangkan Database</source>
        <translation>Back Up Database</translation>
    </message>
    <message>
        <source>karier-asn-cadangan-%1.sqlite</source>
        <translation>karier-asn-backup-%1.sqlite</translation>
    </message>
    <message>
        <source>Database SQLite (*.sqlite *.db)</source>
        <translation>SQLite databases (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Mencadangkan…</source>
        <translation>Backing up…</translation>
    </message>
    <message numerus="yes">
        <source>Cadangan tersimpan dan lolos pemeriksaan keutuhan: %1 (%n pegawai).</source>
        <translation>
            <numerusform>Backup saved; it passed its integrity check: %1 (%n employee).</numerusform>
            <numerusform>Backup saved; it passed its integrity check: %1 (%n employees).</numerusform>
        </translation>
    </message>
    <message>
        <source>Pulihkan Database dari Cadangan</source>
        <translation>Restore Database from Backup</translation>
    </message>
    <message>
        <source>Pulihkan database?</source>
        <translation>Restore the database?</translation>
    </message>
    <message>
        <source>Seluruh data di %1 akan diganti dengan isi cadangan %2. Database yang sekarang disimpan di sampingnya. Sesudahnya Karier ASN harus ditutup dan dibuka kembali.</source>
        <translation>All data in %1 will be replaced by the content of the backup %2. The current database is kept beside it. Afterwards Karier ASN must be closed and opened again.</translation>
    </message>
    <message>
        <source>Pulihkan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Memulihkan…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <source>Database dipulihkan. Tutup Karier ASN sekarang dan buka kembali: yang tampil masih data sebelum pemulihan.</source>
        <translation>Database restored. Close Karier ASN now and open it again: what is shown is still the data from before the restore.</translation>
    </message>
    <message>
        <source>Database sebelumnya disimpan sebagai %1.</source>
        <translation>The previous database was kept as %1.</translation>
    </message>
</context>
<context>
    <name>karier::SharedSettings</name>
    <message>
        <source>Ukuran PDF maksimum harus antara 64 KB dan 50 MB.</source>
        <translation>The maximum PDF size must be between 64 KB and 50 MB.</translation>
    </message>
    <message>
        <source>Jumlah halaman PDF maksimum harus antara 1 dan %1.</source>
        <translation>The maximum number of PDF pages must be between 1 and %1.</translation>
    </message>
    <message>
        <source>Batas JP per hari harus antara 1 dan %1 JP.</source>
        <translation>The JP limit per day must be between 1 and %1 JP.</translation>
    </message>
    <message>
        <source>Target JP per tahun harus antara 1 dan %1 JP.</source>
        <translation>The JP target per year must be between 1 and %1 JP.</translation>
    </message>
    <message>
        <source>Ambang ketajaman pindaian harus antara 0 (bawaan) dan %1.</source>
        <translation>The scan sharpness threshold must be between 0 (default) and %1.</translation>
    </message>
</context>
<context>
    <name>karier::SiasnExport</name>
    <message>
        <source>Anda tidak berhak mengekspor riwayat untuk SIASN (peran: %1).</source>
        <translation>You may not export records for SIASN (role: %1).</translation>
    </message>
    <message>
        <source>Jenis &quot;%1&quot; tidak dapat diekspor ke SIASN; pilih kursus, sertifikasi atau penghargaan.</source>
        <translation>Type &quot;%1&quot; cannot be exported to SIASN; choose kursus, sertifikasi or penghargaan.</translation>
    </message>
    <message>
        <source>Folder dokumen %1 tidak dapat dibuat.</source>
        <translation>The documents folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>Dokumen riwayat %1 tidak ditemukan.</source>
        <translation>The document of record %1 was not found.</translation>
    </message>
    <message>
        <source>Isi dokumen riwayat %1 tidak sama dengan SHA-256 yang tercatat.</source>
        <translation>The content of the document of record %1 does not match its recorded SHA-256.</translation>
    </message>
    <message>
        <source>File %1 tidak dapat ditulis: %2</source>
        <translation>File %1 cannot be written: %2</translation>
    </message>
    <message>
        <source>Keluaran standar tidak dapat ditulis.</source>
        <translation>Standard output cannot be written.</translation>
    </message>
</context>
<context>
    <name>karier::SqliteBackup</name>
    <message>
        <source>%1 gagal: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <source>%1 adalah folder; sebutkan nama file cadangan.</source>
        <translation>%1 is a folder; name the backup file.</translation>
    </message>
    <message>
        <source>Folder %1 tidak ada.</source>
        <translation>Folder %1 does not exist.</translation>
    </message>
    <message>
        <source>Folder %1 tidak dapat ditulis: %2</source>
        <translation>Folder %1 cannot be written: %2</translation>
    </message>
    <message>
        <source>%1 tidak dapat dibuka: %2</source>
        <translation>%1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>Menyalin database</source>
        <translation>Copying the database</translation>
    </message>
    <message>
        <source>Salinan %1 tidak dapat diselesaikan: %2</source>
        <translation>The copy %1 cannot be completed: %2</translation>
    </message>
    <message>
        <source>Salinan tidak lolos pemeriksaan: %1</source>
        <translation>The copy failed its check: %1</translation>
    </message>
    <message>
        <source>%1 tidak dapat disimpan ke disk.</source>
        <translation>%1 cannot be saved to disk.</translation>
    </message>
    <message>
        <source>%1 tidak dapat ditulis: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>Anda tidak berhak mencadangkan atau memulihkan database (peran: %1).</source>
        <translation>You may not back up or restore the database (role: %1).</translation>
    </message>
    <message>
        <source>File %1 tidak ada atau bukan file biasa.</source>
        <translation>File %1 does not exist or is not a regular file.</translation>
    </message>
    <message>
        <source>%1 tidak dapat dibuka sebagai database: %2</source>
        <translation>%1 cannot be opened as a database: %2</translation>
    </message>
    <message>
        <source>%1 bukan database SQLite (atau rusak di bagian kepalanya).</source>
        <translation>%1 is not a SQLite database (or its header is damaged).</translation>
    </message>
    <message>
        <source>%1 tidak dapat dibaca: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 bukan database Karier ASN; tidak dipakai.</source>
        <translation>%1 is not a Karier ASN database; not used.</translation>
    </message>
    <message>
        <source>%1 rusak: %2</source>
        <translation>%1 is damaged: %2</translation>
    </message>
    <message>
        <source>%1 rusak (pemeriksaan keutuhan: %2).</source>
        <translation>%1 is damaged (integrity check: %2).</translation>
    </message>
    <message>
        <source>%1 bukan database Karier ASN (tanpa riwayat skema).</source>
        <translation>%1 is not a Karier ASN database (no schema history).</translation>
    </message>
    <message>
        <source>%1 dibuat oleh versi Karier ASN yang lebih baru (skema %2, program ini %3).</source>
        <translation>%1 was made by a newer version of Karier ASN (schema %2, this program %3).</translation>
    </message>
    <message>
        <source>File cadangan tidak boleh sama dengan database-nya.</source>
        <translation>The backup file must not be the database itself.</translation>
    </message>
    <message>
        <source>File database %1 tidak ada.</source>
        <translation>Database file %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 bukan database Karier ASN; tidak dicadangkan.</source>
        <translation>%1 is not a Karier ASN database; not backed up.</translation>
    </message>
    <message>
        <source>File cadangan adalah database itu sendiri.</source>
        <translation>The backup file is the database itself.</translation>
    </message>
    <message>
        <source>%1 bukan database Karier ASN; tidak ditimpa.</source>
        <translation>%1 is not a Karier ASN database; not overwritten.</translation>
    </message>
    <message>
        <source>Database lama tidak dapat disimpan sebagai %1, jadi tidak ada yang dipulihkan: %2</source>
        <translation>The old database cannot be kept as %1, so nothing was restored: %2</translation>
    </message>
    <message>
        <source>Memulihkan database</source>
        <translation>Restoring the database</translation>
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
    <name>karier::SubmissionStatus</name>
    <message>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Belum Disetujui</source>
        <translation>Not Yet Approved</translation>
    </message>
    <message>
        <source>Diajukan</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Batal Disetujui</source>
        <translation>Approval Withdrawn</translation>
    </message>
    <message>
        <source>Perlu Perbaikan</source>
        <translation>Needs Revision</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
</context>
<context>
    <name>karier::Text</name>
    <message>
        <source>karakter kendali</source>
        <translation>control character</translation>
    </message>
    <message>
        <source>karakter terlarang</source>
        <translation>forbidden character</translation>
    </message>
    <message>
        <source>%1 memuat %2 %3 (posisi %4)</source>
        <translation>%1 contains %2 %3 (position %4)</translation>
    </message>
    <message>
        <source>kolom %1</source>
        <translation>column %1</translation>
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
        <source>Riwayat proses…</source>
        <translation>Process history…</translation>
    </message>
    <message>
        <source>Kapan data ini diajukan, disetujui atau dibatalkan, oleh siapa, dengan catatan apa</source>
        <translation>When this entry was submitted, approved or cancelled, by whom, with which note</translation>
    </message>
    <message>
        <source>Riwayat proses: %1</source>
        <translation>Process history: %1</translation>
    </message>
    <message>
        <source>Belum ada catatan proses untuk data ini.</source>
        <translation>No process steps recorded for this entry yet.</translation>
    </message>
    <message>
        <source>%1

Data dapat disimpan; tautan akan diperiksa ulang saat verifikator membuka data ini.

Simpan sekarang?</source>
        <translation>%1

The data can be saved; the link will be checked again when the verifier opens this data.

Save now?</translation>
    </message>
    <message numerus="yes">
        <source>Menampilkan %1 sampai %2 dari %n entri</source>
        <translation>
            <numerusform>Showing %1 to %2 of %n entry</numerusform>
            <numerusform>Showing %1 to %2 of %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>karier::TimKerjaService</name>
    <message>
        <source>Data Tim Kerja ini sudah diubah di tempat lain. Muat ulang lalu ulangi perubahan Anda.</source>
        <translation>This work team entry was changed elsewhere. Reload it, then make your change again.</translation>
    </message>
    <message>
        <source>Data Tim Kerja tidak ditemukan; mungkin sudah dihapus.</source>
        <translation>Work team entry not found; it may have been deleted.</translation>
    </message>
    <message>
        <source>Kode Kegiatan baru tidak dapat dibuat; coba lagi.</source>
        <translation>A new activity code could not be created; try again.</translation>
    </message>
    <message>
        <source>Tim Kerja &quot;%1&quot; dengan Tgl SK %2 sudah Anda catat (Kode Kegiatan %3).</source>
        <translation>You have already recorded the work team &quot;%1&quot; with decree date %2 (activity code %3).</translation>
    </message>
    <message>
        <source>Kode Kegiatan %1 sudah dipakai: tekan F2 untuk membuat kode baru.</source>
        <translation>The activity code %1 is already in use: press F2 to create a new code.</translation>
    </message>
    <message>
        <source>Anda hanya dapat mengubah data Tim Kerja Anda sendiri.</source>
        <translation>You can only change your own work team entries.</translation>
    </message>
    <message>
        <source>Data Tim Kerja ini berstatus %1 dan tidak dapat diubah lagi.</source>
        <translation>This work team entry has the status %1 and can no longer be changed.</translation>
    </message>
    <message>
        <source>Kode Kegiatan sebuah data tidak dapat diubah.</source>
        <translation>The activity code of an entry cannot be changed.</translation>
    </message>
    <message>
        <source>Anda hanya dapat menghapus data Tim Kerja Anda sendiri.</source>
        <translation>You can only delete your own work team entries.</translation>
    </message>
    <message>
        <source>Data Tim Kerja yang sudah %1 tidak dapat dihapus.</source>
        <translation>A work team entry that is %1 cannot be deleted.</translation>
    </message>
    <message>
        <source>Anda tidak berhak membuka data Tim Kerja ini.</source>
        <translation>You are not allowed to open this work team entry.</translation>
    </message>
    <message>
        <source>Tautan belum diperiksa.</source>
        <translation>The link has not been checked yet.</translation>
    </message>
    <message>
        <source>Anda tidak berhak memeriksa tautan data Tim Kerja ini.</source>
        <translation>You are not allowed to check the link of this work team entry.</translation>
    </message>
    <message>
        <source>Tautan data Tim Kerja ini sudah diganti; periksa ulang.</source>
        <translation>The link of this work team entry was replaced; check it again.</translation>
    </message>
</context>
<context>
    <name>karier::UnitAdmin</name>
    <message>
        <source>Kode unit wajib diisi.</source>
        <translation>The unit code is required.</translation>
    </message>
    <message>
        <source>Kode unit hanya boleh berisi huruf, angka, titik, tanda hubung, dan garis bawah, diawali huruf atau angka.</source>
        <translation>A unit code may only contain letters, digits, dots, hyphens and underscores, starting with a letter or digit.</translation>
    </message>
    <message>
        <source>Kode unit paling panjang %1 karakter.</source>
        <translation>A unit code has at most %1 characters.</translation>
    </message>
    <message>
        <source>Nama unit wajib diisi.</source>
        <translation>The unit name is required.</translation>
    </message>
    <message>
        <source>Nama unit paling panjang %1 karakter.</source>
        <translation>A unit name has at most %1 characters.</translation>
    </message>
    <message>
        <source>Nama unit</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <source>Unit tidak ditemukan; muat ulang daftar.</source>
        <translation>Unit not found; reload the list.</translation>
    </message>
    <message>
        <source>Unit %1 baru saja diubah oleh pengguna lain; muat ulang daftar lalu ulangi.</source>
        <translation>Unit %1 was just changed by another user; reload the list and try again.</translation>
    </message>
    <message>
        <source>Induk Satker tidak ditemukan; muat ulang daftar.</source>
        <translation>Parent unit not found; reload the list.</translation>
    </message>
    <message>
        <source>%1 adalah Satker; Satker hanya berada di bawah Induk Satker.</source>
        <translation>%1 is a work unit; work units belong only under a parent unit.</translation>
    </message>
    <message>
        <source>Induk Satker %1 tidak aktif; aktifkan dahulu.</source>
        <translation>The parent unit %1 is inactive; activate it first.</translation>
    </message>
    <message>
        <source>Kode %1 sudah dipakai oleh unit %2. Pilih kode lain.</source>
        <translation>The code %1 is already used by the unit %2. Choose another code.</translation>
    </message>
    <message>
        <source>Satker %1 di bawah %2</source>
        <translation>Work unit %1 under %2</translation>
    </message>
    <message>
        <source>Induk Satker %1</source>
        <translation>Parent unit %1</translation>
    </message>
    <message>
        <source>%1 adalah Induk Satker; hanya Satker yang dapat dipindahkan.</source>
        <translation>%1 is a parent unit; only work units can be moved.</translation>
    </message>
    <message>
        <source>%1 (%2 pegawai) dipindahkan ke %3</source>
        <translation>%1 (%2 employees) moved to %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 masih memiliki %n pegawai; pindahkan mereka dahulu.</source>
        <translation>
            <numerusform>%1 still has %n employee; move them first.</numerusform>
            <numerusform>%1 still has %n employees; move them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 masih memiliki %n Satker aktif; nonaktifkan atau pindahkan dahulu.</source>
        <translation>
            <numerusform>%1 still has %n active work unit; deactivate or move it first.</numerusform>
            <numerusform>%1 still has %n active work units; deactivate or move them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 masih dikelola oleh %n Pengelola Kepegawaian aktif; ubah atau nonaktifkan akun mereka dahulu.</source>
        <translation>
            <numerusform>%1 is still managed by %n active HR Officer; change or deactivate their account first.</numerusform>
            <numerusform>%1 is still managed by %n active HR Officers; change or deactivate their accounts first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>karier::UnitDialog</name>
    <message>
        <source>Tambah Induk Satker</source>
        <translation>Add Parent Unit</translation>
    </message>
    <message>
        <source>Perangkat Daerah baru, tanpa Satker. Kode tidak dapat diubah setelah disimpan.</source>
        <translation>A new regional agency, without work units. The code cannot be changed once saved.</translation>
    </message>
    <message>
        <source>Tambah Satker</source>
        <translation>Add Work Unit</translation>
    </message>
    <message>
        <source>Satker baru di bawah sebuah Induk Satker. Kode tidak dapat diubah setelah disimpan.</source>
        <translation>A new work unit under a parent unit. The code cannot be changed once saved.</translation>
    </message>
    <message>
        <source>Ubah Nama Unit</source>
        <translation>Rename Unit</translation>
    </message>
    <message>
        <source>Kode %1 tetap; pegawai dan riwayatnya tidak berubah.</source>
        <translation>The code %1 stays; employees and their records do not change.</translation>
    </message>
    <message>
        <source>Pindahkan Satker</source>
        <translation>Move Work Unit</translation>
    </message>
    <message numerus="yes">
        <source>%1 beserta %n pegawainya pindah ke Induk Satker yang dipilih.</source>
        <translation>
            <numerusform>%1 and its %n employee move to the chosen parent unit.</numerusform>
            <numerusform>%1 and its %n employees move to the chosen parent unit.</numerusform>
        </translation>
    </message>
    <message>
        <source>mis. DINKES atau DINKES.PKM-01</source>
        <translation>e.g. DINKES or DINKES.PKM-01</translation>
    </message>
    <message>
        <source>&amp;Kode</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>&amp;Nama</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>— Pilih Induk Satker —</source>
        <translation>— Choose a parent unit —</translation>
    </message>
    <message>
        <source>&amp;Induk Satker</source>
        <translation>&amp;Parent unit</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Pindahkan</source>
        <translation>&amp;Move</translation>
    </message>
    <message>
        <source>&amp;Simpan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Pilih Induk Satker.</source>
        <translation>Choose a parent unit.</translation>
    </message>
</context>
<context>
    <name>karier::UnitKerjaPage</name>
    <message>
        <source>Unit Kerja</source>
        <translation>Work Units</translation>
    </message>
    <message>
        <source>Perangkat Daerah (Induk Satker) dan Satker di bawahnya, dengan jumlah pegawai dan Pengelola Kepegawaiannya.</source>
        <translation>Regional agencies (parent units) and the work units under them, with their employee counts and HR Officers.</translation>
    </message>
    <message>
        <source>Nonaktifkan</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Pilih unit di daftar.</source>
        <translation>Choose a unit in the list.</translation>
    </message>
    <message>
        <source>Pengelola Kepegawaian</source>
        <translation>HR Officer</translation>
    </message>
    <message>
        <source>Kode: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message numerus="yes">
        <source>Induk Satker (Perangkat Daerah), %n Satker aktif</source>
        <translation>
            <numerusform>Parent unit (regional agency), %n active work unit</numerusform>
            <numerusform>Parent unit (regional agency), %n active work units</numerusform>
        </translation>
    </message>
    <message>
        <source>Satker di bawah %1</source>
        <translation>Work unit under %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Tidak aktif (tidak ditawarkan di pilihan unit)</source>
        <translation>Inactive (not offered where units are chosen)</translation>
    </message>
    <message numerus="yes">
        <source>Pegawai: %n</source>
        <translation>
            <numerusform>Employees: %n</numerusform>
            <numerusform>Employees: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pegawai termasuk Satker: %n</source>
        <translation>
            <numerusform>Employees with work units: %n</numerusform>
            <numerusform>Employees with work units: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Pengelola Kepegawaian (%1)</source>
        <translation>HR Officer (%1)</translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Belum ada. Buat akun Pengelola Kepegawaian di halaman Pengguna.</source>
        <translation>None yet. Create an HR Officer account on the Users page.</translation>
    </message>
    <message>
        <source> (akun tidak aktif)</source>
        <translation> (account inactive)</translation>
    </message>
    <message>
        <source>Pilih Satker yang akan dipindahkan.</source>
        <translation>Choose the work unit to move.</translation>
    </message>
    <message>
        <source>Induk Satker %1 (%2) ditambahkan.</source>
        <translation>Parent unit %1 (%2) added.</translation>
    </message>
    <message>
        <source>Satker %1 (%2) ditambahkan di bawah %3.</source>
        <translation>Work unit %1 (%2) added under %3.</translation>
    </message>
    <message>
        <source>%1 sekarang bernama %2.</source>
        <translation>%1 is now called %2.</translation>
    </message>
    <message>
        <source>%1 dipindahkan ke %2.</source>
        <translation>%1 moved to %2.</translation>
    </message>
    <message>
        <source>%1 (%2) akan dinonaktifkan: tidak ditawarkan lagi saat memilih unit, tetapi tetap tercatat dalam riwayat. Apakah anda yakin?</source>
        <translation>%1 (%2) will be deactivated: it is no longer offered where units are chosen, but stays in the records. Are you sure?</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Nonaktifkan Unit</source>
        <translation>Deactivate Unit</translation>
    </message>
    <message>
        <source>%1 dinonaktifkan.</source>
        <translation>%1 deactivated.</translation>
    </message>
    <message>
        <source>%1 diaktifkan kembali.</source>
        <translation>%1 activated again.</translation>
    </message>
    <message>
        <source>Tambah &amp;Induk Satker…</source>
        <translation>Add &amp;Induk Satker…</translation>
    </message>
    <message>
        <source>Tambah &amp;Satker…</source>
        <translation>Add &amp;Satker…</translation>
    </message>
    <message>
        <source>Ubah &amp;Nama…</source>
        <translation>Re&amp;name…</translation>
    </message>
    <message>
        <source>&amp;Pindahkan…</source>
        <translation>&amp;Move…</translation>
    </message>
    <message>
        <source>Non&amp;aktifkan</source>
        <translation>De&amp;activate</translation>
    </message>
    <message>
        <source>&amp;Aktifkan</source>
        <translation>&amp;Activate</translation>
    </message>
</context>
<context>
    <name>karier::UnitTreeModel</name>
    <message>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Tidak aktif</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Unit Kerja</source>
        <translation>Work Units</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Pegawai</source>
        <translation>Employees</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Termasuk Satker</source>
        <translation>Incl. work units</translation>
    </message>
</context>
<context>
    <name>karier::VerifikasiPage</name>
    <message>
        <source>Verifikasi Usulan</source>
        <translation>Verify Submissions</translation>
    </message>
    <message>
        <source>Periksa usulan Kursus, Sertifikasi, Penghargaan dan Tim Kerja seluruh Perangkat Daerah, lalu setujui, kembalikan untuk perbaikan, atau tolak dengan alasan.</source>
        <translation>Check the course, certification, award and work team submissions of every regional agency, then approve them, return them for correction, or reject them with a reason.</translation>
    </message>
    <message>
        <source>Periksa data Tim Kerja pegawai Perangkat Daerah Anda satu per satu, lalu setujui atau batalkan dengan catatan.</source>
        <translation>Check the work team entries of your regional agency&apos;s staff one by one, then approve them or cancel them with a note.</translation>
    </message>
    <message>
        <source>Usulan</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Batal Disetujui</source>
        <translation>Approval cancelled</translation>
    </message>
    <message>
        <source>Dikembalikan</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Semua jenis</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Cari NIP atau nama pegawai</source>
        <translation>Search by NIP or employee name</translation>
    </message>
    <message>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Daftar usulan</source>
        <translation>Submissions</translation>
    </message>
    <message>
        <source>Pengelola Kepegawaian memverifikasi pegawai Perangkat Daerahnya sendiri.</source>
        <translation>An HR officer verifies the staff of their own regional agency.</translation>
    </message>
    <message>
        <source>%1 (kantor induk)</source>
        <translation>%1 (head office)</translation>
    </message>
    <message>
        <source>Memuat…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Tidak ada usulan yang cocok dengan filter.</source>
        <translation>No submission matches the filters.</translation>
    </message>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Setujui Usulan</source>
        <translation>Approve Submissions</translation>
    </message>
    <message>
        <source>Menyimpan keputusan…</source>
        <translation>Saving the decision…</translation>
    </message>
    <message numerus="yes">
        <source>Berhasil: %n usulan disetujui</source>
        <translation>
            <numerusform>Done: %n submission approved</numerusform>
            <numerusform>Done: %n submissions approved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Berhasil: %n usulan dikembalikan untuk perbaikan</source>
        <translation>
            <numerusform>Done: %n submission returned for correction</numerusform>
            <numerusform>Done: %n submissions returned for correction</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Berhasil: %n usulan ditolak</source>
        <translation>
            <numerusform>Done: %n submission rejected</numerusform>
            <numerusform>Done: %n submissions rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n usulan tidak diubah karena sudah berubah sejak Anda membukanya:</source>
        <translation>
            <numerusform>%n submission was left unchanged because it changed since you opened it:</numerusform>
            <numerusform>%n submissions were left unchanged because they changed since you opened them:</numerusform>
        </translation>
    </message>
    <message>
        <source>Sebagian tidak diproses</source>
        <translation>Some were not processed</translation>
    </message>
    <message>
        <source>Riwayat proses: %1 — %2</source>
        <translation>Process history: %1 — %2</translation>
    </message>
    <message>
        <source>Belum ada catatan proses untuk usulan ini.</source>
        <translation>No process steps recorded for this submission yet.</translation>
    </message>
    <message>
        <source>Ekspor Daftar Usulan</source>
        <translation>Export Submissions</translation>
    </message>
    <message>
        <source>verifikasi-%1.csv</source>
        <translation>verification-%1.csv</translation>
    </message>
    <message>
        <source>Berkas CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Mengekspor…</source>
        <translation>Exporting…</translation>
    </message>
    <message numerus="yes">
        <source>%n usulan diekspor ke %1</source>
        <translation>
            <numerusform>%n submission exported to %1</numerusform>
            <numerusform>%n submissions exported to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… dan %n usulan lainnya</source>
        <translation>
            <numerusform>… and %n more submission</numerusform>
            <numerusform>… and %n more submissions</numerusform>
        </translation>
    </message>
    <message>
        <source>Pilih usulan yang masih menunggu keputusan, atau centang beberapa (Spasi).</source>
        <translation>Select a submission that still awaits a decision, or tick several (Space).</translation>
    </message>
    <message numerus="yes">
        <source>%n usulan yang dicentang akan disetujui:</source>
        <translation>
            <numerusform>The %n ticked submission will be approved:</numerusform>
            <numerusform>The %n ticked submissions will be approved:</numerusform>
        </translation>
    </message>
    <message>
        <source>Usulan yang sedang dibuka akan disetujui:</source>
        <translation>The submission shown will be approved:</translation>
    </message>
    <message>
        <source>Pastikan setiap usulan sudah Anda periksa. Apakah anda yakin?</source>
        <translation>Make sure you have checked every submission. Are you sure?</translation>
    </message>
    <message numerus="yes">
        <source>Berhasil: %n usulan dikembalikan untuk perbaikan (Batal Disetujui)</source>
        <translation>
            <numerusform>Done: %n submission returned for correction (Approval cancelled)</numerusform>
            <numerusform>Done: %n submissions returned for correction (Approval cancelled)</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
    <message>
        <source>Usulan #%1</source>
        <translation>Submission #%1</translation>
    </message>
    <message>
        <source>Geser pembatas dengan Ctrl+Alt+← / Ctrl+Alt+→</source>
        <translation>Move the divider with Ctrl+Alt+← / Ctrl+Alt+→</translation>
    </message>
    <message>
        <source>Cari NIP atau nama pegawai (Alt+N atau Ctrl+F); Enter menampilkan, Esc kembali ke tabel</source>
        <translation>Search by NIP or employee name (Alt+N or Ctrl+F); Enter shows, Esc goes back to the table</translation>
    </message>
    <message>
        <source>T&amp;ampilkan</source>
        <translation>Sho&amp;w</translation>
    </message>
    <message>
        <source>Tampilkan usulan yang cocok dengan filter (Alt+A)</source>
        <translation>Show the submissions that match the filters (Alt+W)</translation>
    </message>
    <message>
        <source>&amp;Ekspor CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>Ekspor seluruh daftar yang cocok dengan filter ke berkas CSV (Alt+E)</source>
        <translation>Export the whole list that matches the filters to a CSV file (Alt+E)</translation>
    </message>
    <message>
        <source>&amp;Induk Satker</source>
        <translation>&amp;Parent unit</translation>
    </message>
    <message>
        <source>Satke&amp;r</source>
        <translation>&amp;Unit</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Jenis Riwayat</source>
        <translation>Record &amp;type</translation>
    </message>
    <message>
        <source>&amp;NIP / Nama</source>
        <translation>&amp;NIP / Name</translation>
    </message>
    <message>
        <source>Tan&amp;ggal diajukan</source>
        <translation>Su&amp;bmission date</translation>
    </message>
    <message>
        <source>Tanggal diajukan (Alt+G); Tab pindah ke isian berikutnya</source>
        <translation>Submission date (Alt+B); Tab moves to the next field</translation>
    </message>
    <message>
        <source>Pilih se&amp;mua</source>
        <translation>Se&amp;lect all</translation>
    </message>
    <message>
        <source>Centang semua usulan di halaman ini (Alt+M); Spasi mencentang satu baris</source>
        <translation>Tick every submission on this page (Alt+L); Space ticks one row</translation>
    </message>
    <message>
        <source>&amp;Setujui</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>Setujui usulan yang dicentang, atau yang sedang dibuka bila tidak ada yang dicentang (Alt+S atau Ctrl+Enter)</source>
        <translation>Approve the ticked submissions, or the one shown when none is ticked (Alt+A or Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Tolak…</source>
        <translation>Re&amp;ject…</translation>
    </message>
    <message>
        <source>Tolak usulan yang dicentang, atau yang sedang dibuka: Tidak Memenuhi Syarat (Alt+T)</source>
        <translation>Reject the ticked submissions, or the one shown: does not meet the requirements (Alt+J)</translation>
    </message>
    <message>
        <source>%1 per halaman</source>
        <translation>%1 per page</translation>
    </message>
    <message>
        <source>Banyaknya usulan per halaman daftar</source>
        <translation>Submissions per page of the list</translation>
    </message>
    <message>
        <source>Riwayat &amp;proses…</source>
        <translation>Process &amp;history…</translation>
    </message>
    <message>
        <source>Semua langkah usulan yang sedang dibuka: diajukan, diputuskan, diajukan ulang (Alt+P)</source>
        <translation>Every step of the submission shown: submitted, decided, submitted again (Alt+H)</translation>
    </message>
    <message>
        <source>Sebe&amp;lumnya</source>
        <translation>Pre&amp;vious</translation>
    </message>
    <message>
        <source>Halaman daftar sebelumnya (Alt+L)</source>
        <translation>Previous page of the list (Alt+V)</translation>
    </message>
    <message>
        <source>Berikutn&amp;ya</source>
        <translation>Ne&amp;xt</translation>
    </message>
    <message>
        <source>Halaman daftar berikutnya (Alt+Y)</source>
        <translation>Next page of the list (Alt+X)</translation>
    </message>
    <message>
        <source>%1–%2 dari %3 usulan</source>
        <translation>%1–%2 of %3 submissions</translation>
    </message>
    <message>
        <source>Tanpa centang: keputusan untuk usulan yang dibuka</source>
        <translation>Nothing ticked: decisions apply to the submission shown</translation>
    </message>
    <message numerus="yes">
        <source>%n usulan dicentang: keputusan untuk yang dicentang</source>
        <translation>
            <numerusform>%n submission ticked: decisions apply to the ticked ones</numerusform>
            <numerusform>%n submissions ticked: decisions apply to the ticked ones</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Batal Disetujui…</source>
        <translation>&amp;Cancel approval…</translation>
    </message>
    <message>
        <source>Kembalikan usulan yang dicentang, atau yang sedang dibuka, dengan catatan: status Batal Disetujui (Alt+B atau Ctrl+R)</source>
        <translation>Return the ticked submissions, or the one shown, with a note: status Approval cancelled (Alt+C or Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Kembalikan untuk perbaikan…</source>
        <translation>&amp;Return for correction…</translation>
    </message>
    <message>
        <source>Kembalikan usulan yang dicentang, atau yang sedang dibuka, kepada pegawai dengan catatan (Alt+K atau Ctrl+R)</source>
        <translation>Return the ticked submissions, or the one shown, to the employee with a note (Alt+R or Ctrl+R)</translation>
    </message>
    <message>
        <source>Eksp&amp;or SIASN…</source>
        <translation>Exp&amp;ort SIASN…</translation>
    </message>
    <message>
        <source>Ekspor Kursus, Sertifikasi dan Penghargaan yang disetujui dan belum pernah diekspor sebagai data siap unggah ke SIASN (JSON), dengan dokumen PDF-nya (Alt+O)</source>
        <translation>Export the approved Kursus, Sertifikasi and Penghargaan not exported before as data ready for upload to SIASN (JSON), with their PDF documents (Alt+O)</translation>
    </message>
    <message>
        <source>Ekspor SIASN</source>
        <translation>SIASN Export</translation>
    </message>
    <message>
        <source>siasn-%1.json</source>
        <translation>siasn-%1.json</translation>
    </message>
    <message>
        <source>Berkas JSON (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Mengekspor untuk SIASN…</source>
        <translation>Exporting for SIASN…</translation>
    </message>
    <message>
        <source>Tidak ada riwayat baru yang disetujui sejak ekspor SIASN terakhir.</source>
        <translation>No records approved since the last SIASN export.</translation>
    </message>
    <message numerus="yes">
        <source>%n riwayat diekspor untuk SIASN ke %1; dokumennya di %2.</source>
        <translation>
            <numerusform>%n record exported for SIASN to %1; its document is in %2.</numerusform>
            <numerusform>%n records exported for SIASN to %1; their documents are in %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n nilai belum dapat dipetakan ke kode SIASN dan dibiarkan kosong: lihat &quot;unmapped&quot; di berkasnya.</source>
        <translation>
            <numerusform>%n value could not be mapped to a SIASN code and was left empty: see &quot;unmapped&quot; in the file.</numerusform>
            <numerusform>%n values could not be mapped to SIASN codes and were left empty: see &quot;unmapped&quot; in the file.</numerusform>
        </translation>
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
