{{%AUTOESCAPE context="HTML"}}<section class="desk-panel" id="jadwal">
<h2>Jadwal kegiatan literasi</h2>
{{#no_has_session}}<p>Permohonan publikasi materi: tidak ada kegiatan yang dijadwalkan. Terbitkan materinya di <a href="/staf/literasi">Artikel literasi</a>.</p>{{/no_has_session}}
{{#session}}<p><strong>{{when}}</strong><br>Tempat: {{place}}<br>Narasumber: {{speakers}}{{#note}}<br><span class="prewrap">{{note}}</span>{{/note}}</p>
{{#clashes}}<p class="warning" role="alert">Bentrok jadwal: {{speaker}} juga dijadwalkan pada <a href="/staf/permohonan/{{number}}">{{number}}</a> ({{when}}).</p>{{/clashes}}{{/session}}
{{#unscheduled}}<p>Jadwal belum ditetapkan.</p>{{/unscheduled}}
{{#form}}<form method="post" action="/staf/permohonan/{{number}}/literasi/jadwal">
<input type="hidden" name="_csrf" value="{{csrf}}">
{{#has_errors}}<p class="error" role="alert">Jadwal belum disimpan; periksa isian yang ditandai.</p>{{/has_errors}}
<label for="jadwal-tanggal">Tanggal</label>
<input id="jadwal-tanggal" type="date" name="tanggal" value="{{date}}" required{{#error_tanggal}} aria-invalid="true"{{/error_tanggal}}>
{{#error_tanggal}}<small class="error">{{error_tanggal}}</small>{{/error_tanggal}}
<div class="grid">
<div><label for="jadwal-mulai">Mulai (WIB)</label>
<input id="jadwal-mulai" type="time" name="mulai" value="{{starts}}" required{{#error_mulai}} aria-invalid="true"{{/error_mulai}}>
{{#error_mulai}}<small class="error">{{error_mulai}}</small>{{/error_mulai}}</div>
<div><label for="jadwal-selesai">Selesai (WIB)</label>
<input id="jadwal-selesai" type="time" name="selesai" value="{{ends}}" required{{#error_selesai}} aria-invalid="true"{{/error_selesai}}>
{{#error_selesai}}<small class="error">{{error_selesai}}</small>{{/error_selesai}}</div>
</div>
<label for="jadwal-tempat">Tempat</label>
<input id="jadwal-tempat" type="text" name="tempat" value="{{place}}" maxlength="300" required{{#error_tempat}} aria-invalid="true"{{/error_tempat}}>
{{#error_tempat}}<small class="error">{{error_tempat}}</small>{{/error_tempat}}
<fieldset><legend>Narasumber</legend>
{{#speakers}}<label><input type="checkbox" name="narasumber" value="{{id}}"{{#chosen}} checked{{/chosen}}> {{name}}</label>{{/speakers}}
{{#no_speakers}}<p>Belum ada akun dengan peran Tim Pelaksana Literasi Keamanan Informasi.</p>{{/no_speakers}}
{{#error_narasumber}}<small class="error">{{error_narasumber}}</small>{{/error_narasumber}}
</fieldset>
<label for="jadwal-catatan">Catatan untuk pemohon (opsional)</label>
<textarea id="jadwal-catatan" name="catatan" rows="2" maxlength="2000">{{note}}</textarea>
{{#error_catatan}}<small class="error">{{error_catatan}}</small>{{/error_catatan}}
<button type="submit">Simpan jadwal</button>
</form>{{/form}}
<p><small><a href="/staf/literasi/jadwal">Semua jadwal kegiatan literasi</a></small></p>
</section>
