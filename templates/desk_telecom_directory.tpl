{{%AUTOESCAPE context="HTML"}}<nav aria-label="breadcrumb"><ul><li><a href="/staf">Antrean</a></li><li>Direktori ekstensi</li></ul></nav>
<h1>Direktori Ekstensi</h1>
{{#imported}}<p class="saved" role="status">{{imported}}</p>{{/imported}}
<form method="get" action="/staf/telepon/direktori" role="search">
<label for="cari-ekstensi">Cari nama, unit, lokasi atau nomor ekstensi</label>
<input id="cari-ekstensi" type="search" name="q" value="{{query}}" maxlength="200" autocomplete="off">
<button type="submit">Cari</button>
</form>
<p><small>{{total}} nomor ekstensi di direktori.</small> <a href="/staf/telepon/panggilan">Log panggilan</a></p>
<table id="direktori">
<thead><tr><th scope="col">Ekstensi</th><th scope="col">Nama</th><th scope="col">Unit</th><th scope="col">Lokasi</th></tr></thead>
<tbody>
{{#rows}}<tr><td>{{extension}}</td><td>{{name}}</td><td>{{unit}}</td><td>{{location}}</td></tr>
{{/rows}}
</tbody>
</table>
{{#no_rows}}<p>Tidak ada nomor yang cocok.</p>{{/no_rows}}
<section id="impor">
<h2>Impor dari CSV</h2>
{{#import_refused}}<div class="error" role="alert"><p><strong>{{import_refused}}</strong></p>
<ul class="import-errors">{{#import_errors}}<li>{{text}}</li>{{/import_errors}}</ul></div>{{/import_refused}}
<p>Impor mengganti seluruh direktori. Baris pertama memuat nama kolom: <code>ekstensi,nama,unit,lokasi</code> (unit dan lokasi boleh tidak ada). Simpan dari spreadsheet sebagai "CSV UTF-8"; isian yang berisi koma ditulis di antara tanda kutip. Bila ada satu baris yang salah, tidak ada yang disimpan.</p>
<form method="post" action="/staf/telepon/direktori/impor" enctype="multipart/form-data">
<input type="hidden" name="_csrf" value="{{csrf}}">
<label for="berkas-csv">Berkas CSV</label>
<input id="berkas-csv" type="file" name="berkas" accept=".csv,text/csv" required>
<button type="submit">Impor</button>
</form>
</section>
<script src="/aset/js/direktori-telepon.js"></script>
